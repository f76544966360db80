import { ArrayMaxSize, MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { Decision } from '../../enrolment/decision.js';

@InputType()
export class DecisionInput {
  @Field() codeMassar: string;
  @Field(() => Decision) decision: Decision;
  @Field(() => String, { nullable: true, description: 'At most 500 characters, e.g. why the council departed from the proposal.' }) note?: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'The stream decided for next year (e.g. SEXP): required for REORIENTED (the next level\'s, or another stream of the pupil\'s level), '
      + 'optional for PROMOTED into a level with streams, refused for the other decisions.',
  })
  @MaxLength(20)
  streamCode?: string | null;
}

@InputType()
export class ConfirmDecisionsInput {
  @Field(() => ID) classId: string;
  // Rows are checked one by one in the service, so that the error names the row.
  @Field(() => [DecisionInput], { description: 'Pupils of the class: all rows are written or none.' }) @ArrayMaxSize(100) decisions: DecisionInput[];
}
