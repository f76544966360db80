import { IsIn, Matches } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { DateResolver } from 'graphql-scalars';
import { AssessmentKind, Term } from '../evaluation.enums.js';

@InputType()
export class CreateAssessmentInput {
  @Field(() => ID) classId: string;
  @Field({ description: 'MATH, FR, AR…' }) @Matches(/^[A-Z_]{2,12}$/, { message: 'A subject code looks like MATH' }) subjectCode: string;
  @Field(() => Term) @IsIn(Object.values(Term)) term: Term;
  @Field(() => AssessmentKind) @IsIn(Object.values(AssessmentKind)) kind: AssessmentKind;
  @Field(() => DateResolver, { description: 'Within the term.' }) date: Date;
}
