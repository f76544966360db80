import { IsIn, Length } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { Term } from '../evaluation.enums.js';

@InputType()
export class TermInput {
  @Field(() => ID) classId: string;
  @Field(() => Term) @IsIn(Object.values(Term)) term: Term;
}

@InputType()
export class ReopenTermInput extends TermInput {
  @Field({ description: 'Required: kept with the term status.' }) @Length(3, 500, { message: 'Say why the term is reopened' }) reason: string;
}
