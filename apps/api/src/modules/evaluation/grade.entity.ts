import { Field, Float, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Absence } from './evaluation.enums.js';

// numeric comes back from pg as a string; the schema speaks numbers.
const numeric = { to: (v: number | null) => v, from: (v: string | null) => (v === null ? null : Number(v)) };

/** A pupil's mark /20 (two decimals) in one assessment, or their absence. */
@Entity('grade')
@ObjectType()
export class Grade {
  @PrimaryColumn({ name: 'school_year_id', type: 'smallint' })
  schoolYearId: number;

  @PrimaryColumn({ name: 'assessment_id', type: 'bigint' })
  assessmentId: string;

  @PrimaryColumn({ name: 'student_id', type: 'bigint' })
  studentId: string;

  @Column({ name: 'school_id' })
  schoolId: number;

  @Field(() => Float, { nullable: true, description: 'Null when absent.' })
  @Column({ type: 'numeric', precision: 4, scale: 2, nullable: true, transformer: numeric })
  value: number | null;

  @Field(() => Absence, { nullable: true })
  @Column({ type: 'text', nullable: true })
  absence: Absence | null;
}
