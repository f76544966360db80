import { MaxLength } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { Term } from '../../evaluation/evaluation.enums.js';

const ROOM_MESSAGE = 'A room name is at most 40 characters';
const SUBJECT_MESSAGE = 'A subject code is at most 20 characters';

@InputType({ description: 'A slot to place, or (with slotId) where an existing slot moves to.' })
export class PlaceSlotInput {
  @Field(() => ID, { nullable: true, description: 'The slot to move; its class and term stay. Omitted: a new slot.' })
  slotId?: string;

  @Field(() => ID)
  classId: string;

  @Field(() => Term)
  term: Term;

  @Field(() => Int, { description: 'ISO weekday: 1 = Monday … 6 = Saturday.' })
  weekday: number;

  @Field({ description: 'HH:MM, from 07:00.' })
  @MaxLength(5, { message: 'A time is written HH:MM' })
  startsAt: string;

  @Field({ description: 'HH:MM, after the start and by 20:00; a slot lasts 15 minutes to 4 hours.' })
  @MaxLength(5, { message: 'A time is written HH:MM' })
  endsAt: string;

  @Field({ description: 'A subject of the class\'s curriculum, e.g. MATH.' })
  @MaxLength(20, { message: SUBJECT_MESSAGE })
  subjectCode: string;

  @Field(() => ID, { nullable: true, description: 'A teacher who teaches in the class\'s school. Omitted: the class × subject\'s assigned teacher, if any.' })
  teacherId?: string;

  @Field(() => String, { nullable: true, description: 'The room, as the school names it; omitted or blank: none.' })
  @MaxLength(40, { message: ROOM_MESSAGE })
  room?: string | null;
}

/** slotClashes' arguments: the slot being placed, as placeSlot takes it (the subject only to find the assigned teacher). */
@ArgsType()
export class SlotClashesArgs {
  @Field(() => ID, { nullable: true, description: 'The slot being moved (it does not clash with itself).' })
  slotId?: string;

  @Field(() => ID)
  classId: string;

  @Field(() => Term)
  term: Term;

  @Field(() => Int)
  weekday: number;

  @Field()
  @MaxLength(5, { message: 'A time is written HH:MM' })
  startsAt: string;

  @Field()
  @MaxLength(5, { message: 'A time is written HH:MM' })
  endsAt: string;

  @Field(() => String, { nullable: true, description: 'With no teacherId, the class × subject\'s assigned teacher is checked.' })
  @MaxLength(20, { message: SUBJECT_MESSAGE })
  subjectCode?: string;

  @Field(() => ID, { nullable: true })
  teacherId?: string;

  @Field(() => String, { nullable: true })
  @MaxLength(40, { message: ROOM_MESSAGE })
  room?: string | null;
}

@InputType({ description: 'Copy a term\'s timetable (of this year or an earlier one) into a term, as a starting point.' })
export class CopyTimetableInput {
  @Field({ description: 'The school whose timetable is copied.' })
  @MaxLength(10, { message: 'A school code is 6 to 10 letters and digits' })
  schoolCode: string;

  @Field(() => String, { nullable: true, description: 'The year copied from, e.g. 2024-2025. Omitted: the target year.' })
  fromYear?: string;

  @Field(() => Term)
  fromTerm: Term;

  @Field(() => String, { nullable: true, description: 'The year copied into. Omitted: the current year.' })
  toYear?: string;

  @Field(() => Term)
  toTerm: Term;

  @Field({ description: 'Compute the same report and write nothing.' })
  dryRun: boolean;
}
