import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { DateResolver } from 'graphql-scalars';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Node, toGlobalId } from '../../core/graphql/node.js';

export enum EnrolmentStatus {
  ACTIVE = 'ACTIVE',
  TRANSFERRED = 'TRANSFERRED',
  LEFT = 'LEFT',
}
registerEnumType(EnrolmentStatus, { name: 'EnrolmentStatus' });

/** A pupil in a class for one school year; at most one ACTIVE per pupil per year (database-enforced). */
@Entity('enrolment')
@ObjectType({ implements: Node })
export class Enrolment implements Node {
  @PrimaryColumn({ type: 'bigint', generated: 'identity' })
  id: string;

  @Field(() => ID, { name: 'id' })
  get globalId(): string {
    return toGlobalId('Enrolment', this.id);
  }

  @Column({ name: 'student_id', type: 'bigint' })
  studentId: string;

  @Column({ name: 'school_id' })
  schoolId: number;

  @Column({ name: 'class_id' })
  classId: number;

  @PrimaryColumn({ name: 'school_year_id', type: 'smallint' })
  schoolYearId: number;

  @Field(() => EnrolmentStatus)
  @Column({ type: 'text' })
  status: EnrolmentStatus;

  @Field(() => DateResolver)
  @Column({ name: 'enrolled_on', type: 'date' })
  enrolledOn: string;

  @Field(() => DateResolver, { nullable: true, description: 'When it was closed (TRANSFERRED, LEFT); null while ACTIVE.' })
  @Column({ name: 'ended_on', type: 'date', nullable: true })
  endedOn: string | null;
}
