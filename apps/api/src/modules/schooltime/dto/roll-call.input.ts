import { ArrayMaxSize, IsInt, IsOptional, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { MAX_ROLL_CALL_ROWS } from '../roll-call.service.js';

/** A calendar date as YYYY-MM-DD (checked as a real date by isoDate()). */
export const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

@InputType({ description: 'A pupil absent or late at the roll call (everyone not listed was present).' })
export class RollCallAbsentInput {
  @Field({ description: 'The pupil\'s code Massar.' })
  @MaxLength(20)
  codeMassar: string;

  @Field({ defaultValue: false, description: 'Late rather than absent.' })
  late: boolean;

  @Field(() => Int, { nullable: true, description: 'When late: the minutes late (less than the slot\'s length).' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(600)
  minutesLate?: number | null;
}

@InputType({ description: 'The roll call of one slot on one date: the pupils absent or late; recording again replaces the earlier one.' })
export class RollCallInput {
  @Field(() => ID, { description: 'A TimetableSlot id.' })
  slotId: string;

  @Field({ description: 'YYYY-MM-DD: a day of the slot\'s weekday, within its term, not in the future.' })
  @Matches(DATE_PATTERN, { message: 'A date looks like 2026-10-05' })
  date: string;

  @Field(() => [RollCallAbsentInput], { description: `Absent and late pupils, each once; at most ${MAX_ROLL_CALL_ROWS} (the class's size).` })
  @ArrayMaxSize(MAX_ROLL_CALL_ROWS)
  @ValidateNested({ each: true })
  absent: RollCallAbsentInput[];
}
