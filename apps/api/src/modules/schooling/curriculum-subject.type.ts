import { Field, Float, ObjectType, registerEnumType } from 'type-graphql';
import { Subject } from './subject.entity.js';

export enum ExamKind {
  CC = 'CC',
  LOCAL = 'LOCAL',
  PROVINCIAL = 'PROVINCIAL',
  REGIONAL = 'REGIONAL',
  NATIONAL = 'NATIONAL',
}
registerEnumType(ExamKind, { name: 'ExamKind', description: 'CC: continuous assessment; the others: unified exams.' });

@ObjectType({ description: 'A subject of a level (and stream) with its coefficient for one kind of evaluation.' })
export class CurriculumSubject {
  @Field(() => Subject) subject: Subject;
  @Field(() => String, { nullable: true, description: 'Stream code, for the lycée.' }) streamCode: string | null;
  @Field(() => ExamKind) exam: ExamKind;
  @Field(() => Float, { nullable: true, description: 'Null where no coefficient applies (primary).' }) coefficient: number | null;
}
