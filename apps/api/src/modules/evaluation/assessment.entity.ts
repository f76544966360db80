import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DateResolver } from 'graphql-scalars';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { Node, toGlobalId } from '../../core/graphql/node.js';
import { AssessmentKind, Term } from './evaluation.enums.js';

/** A test or exam of one subject in one class and term; numbered within class × subject × term × kind. */
@Entity('assessment')
@ObjectType({ implements: Node })
export class Assessment implements Node {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @Field(() => ID, { name: 'id' })
  get globalId(): string {
    return toGlobalId('Assessment', this.id);
  }

  @Column({ name: 'school_id' })
  schoolId: number;

  @Column({ name: 'class_id' })
  classId: number;

  @Column({ name: 'subject_id', type: 'smallint' })
  subjectId: number;

  @Column({ name: 'school_year_id', type: 'smallint' })
  schoolYearId: number;

  @Field(() => Term)
  @Column({ type: 'text' })
  term: Term;

  @Field(() => AssessmentKind)
  @Column({ type: 'text' })
  kind: AssessmentKind;

  @Field(() => Int, { description: 'CONTINUOUS 1, 2, 3… within the class, subject, term and kind.' })
  @Column({ type: 'smallint' })
  number: number;

  @Field(() => DateResolver, { name: 'date' })
  @Column({ name: 'held_on', type: 'date' })
  heldOn: string;

  @Column({ name: 'created_by', type: 'integer', nullable: true })
  createdBy: number | null;
}
