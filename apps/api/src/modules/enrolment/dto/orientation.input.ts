import { ArrayMaxSize, ArrayMinSize, MaxLength } from 'class-validator';
import { DateResolver } from 'graphql-scalars';
import { Field, InputType } from 'type-graphql';
import { MAX_WISHES } from '../orientation.types.js';

@InputType()
export class OrientationWishesInput {
  @Field() codeMassar: string;

  @Field(() => [String], { description: `1 to ${MAX_WISHES} distinct streams of the pupil's next level (e.g. SEXP), first choice first. Replaces earlier wishes.` })
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_WISHES)
  @MaxLength(20, { each: true })
  streamCodes: string[];
}

@InputType()
export class SetOrientationDeadlineInput {
  @Field() schoolCode: string;
  @Field(() => String, { nullable: true, description: 'The school year (2025-2026); the current one when omitted.' }) year?: string;
  @Field(() => DateResolver, { description: 'Last day wishes are accepted (until the end of that day, Moroccan time), within the school year.' })
  deadline: Date;
}
