import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';

export enum TimetableCopyOutcome {
  COPIED = 'COPIED',
  NO_CLASS = 'NO_CLASS',
  NOT_IN_CURRICULUM = 'NOT_IN_CURRICULUM',
  CLASS_CLASH = 'CLASS_CLASH',
  TEACHER_CLASH = 'TEACHER_CLASH',
  ROOM_CLASH = 'ROOM_CLASH',
}
registerEnumType(TimetableCopyOutcome, {
  name: 'TimetableCopyOutcome',
  description: 'What became of a slot of the term copied from.',
  valuesConfig: {
    COPIED: { description: 'Placed in the target term, for the class of the same name, with the target year\'s assigned teacher (none if unassigned).' },
    NO_CLASS: { description: 'The target year has no class of that name in the school.' },
    NOT_IN_CURRICULUM: { description: 'The subject is not in the target class\'s curriculum.' },
    CLASS_CLASH: { description: 'The target class already has a lesson at that time.' },
    TEACHER_CLASH: { description: 'The assigned teacher already teaches at that time (in this school or another).' },
    ROOM_CLASH: { description: 'The room is already taken at that time.' },
  },
});

@ObjectType({ description: 'One slot of the term copied from, and what became of it.' })
export class TimetableCopyRow {
  @Field(() => TimetableCopyOutcome) outcome: TimetableCopyOutcome;
  @Field({ description: 'The class, by name (the source\'s, matched in the target year).' }) className: string;
  @Field() subjectCode: string;
  @Field(() => Int) weekday: number;
  @Field() startsAt: string;
  @Field() endsAt: string;
  @Field(() => String, { nullable: true }) room: string | null;
  @Field({ description: 'The target class × subject has a teacher assigned (the copy takes them).' }) teacherAssigned: boolean;
  @Field(() => ID, { nullable: true, description: 'The new slot (COPIED, not in a dry run).' }) slotId: string | null;
}

@ObjectType({ description: 'What copyTimetable placed and skipped, and why.' })
export class TimetableCopyReport {
  @Field() dryRun: boolean;
  @Field(() => Int) copied: number;
  @Field(() => Int) skipped: number;
  @Field(() => [TimetableCopyRow], { description: 'Every slot of the term copied from, by class, weekday and start.' }) rows: TimetableCopyRow[];
}
