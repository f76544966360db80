import { DateResolver } from 'graphql-scalars';
import { Field, Float, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Node, toGlobalId } from '../../core/graphql/node.js';
import { Absence, Term } from '../evaluation/evaluation.enums.js';

export enum JustificationStatus {
  PENDING = 'PENDING',
  ACCEPTED = 'ACCEPTED',
  REFUSED = 'REFUSED',
}
registerEnumType(JustificationStatus, {
  name: 'JustificationStatus',
  description: 'PENDING: waiting for the school\'s decision; ACCEPTED: the absences count as justified; REFUSED: they stay unjustified (decisionReason says why).',
});

export enum JustificationReason {
  ILLNESS = 'ILLNESS',
  FAMILY = 'FAMILY',
  TRANSPORT = 'TRANSPORT',
  WEATHER = 'WEATHER',
  OTHER = 'OTHER',
}
registerEnumType(JustificationReason, { name: 'JustificationReason', description: 'Why the pupil was absent, as the family or the school states it.' });

export enum PupilState {
  PRESENT = 'PRESENT',
  ABSENT = 'ABSENT',
  LATE = 'LATE',
}
registerEnumType(PupilState, { name: 'PupilState', description: 'A pupil at a roll call.' });

/** One pupil absent (or late) at one roll call. */
@ObjectType({ implements: Node, description: 'A pupil absent or late at one roll call (one slot on one date).' })
export class AbsenceRecord implements Node {
  id: string;
  studentId: string;
  schoolId: number;
  schoolYearId: number;
  classId: number;
  subjectId: number;
  slotId: string | null;
  justificationId: string | null;
  justificationStatus: JustificationStatus | null;

  @Field(() => ID, { name: 'id' })
  get globalId(): string {
    return toGlobalId('AbsenceRecord', this.id);
  }

  @Field(() => DateResolver) date: string;
  @Field(() => Term) term: Term;
  @Field({ description: 'Late rather than absent.' }) late: boolean;
  @Field(() => Int, { description: 'The minutes it counts for: the slot\'s length when absent, the minutes late when late (0 if not said).' })
  minutes: number;

  @Field(() => ID, { name: 'slotId', nullable: true, description: 'The TimetableSlot of the roll call; null once the slot was removed (the absence keeps its date and minutes).' })
  get slotGlobalId(): string | null {
    return this.slotId ? toGlobalId('TimetableSlot', this.slotId) : null;
  }

  @Field(() => Absence, { description: 'JUSTIFIED once a justification is accepted, else UNJUSTIFIED (the one definition, @massar/rules absenceKindOf).' })
  kind: Absence;
}

@ObjectType({ description: 'The file sent with a justification (a photo or scan of a medical certificate).' })
export class JustificationAttachment {
  justificationId: string;
  @Field({ description: 'image/jpeg, image/png, image/webp or application/pdf, as read from the file itself.' }) contentType: string;
  @Field(() => Int) byteSize: number;
}

/** A family's (or the office's) reason for one or more absences of one pupil, decided by the school. */
@ObjectType('Justification', { implements: Node, description: 'A justification of one or more absences of one pupil, accepted or refused by the school\'s staff.' })
export class AbsenceJustification implements Node {
  id: string;
  studentId: string;
  schoolId: number;
  hasAttachment: boolean;

  @Field(() => ID, { name: 'id' })
  get globalId(): string {
    return toGlobalId('Justification', this.id);
  }

  @Field(() => JustificationStatus) status: JustificationStatus;
  @Field(() => JustificationReason) reason: JustificationReason;
  @Field(() => String, { nullable: true }) note: string | null;
  @Field(() => String, { nullable: true, description: 'Why the school refused (or a remark on accepting).' }) decisionReason: string | null;
  @Field(() => GraphQLISODateTime) submittedAt: Date;
  @Field(() => GraphQLISODateTime, { nullable: true }) decidedAt: Date | null;
}

@ObjectType({ description: 'A pupil\'s attendance over a term (or a year): what the roll calls recorded.', simpleResolvers: true })
export class AttendanceTotals {
  @Field(() => Int, { description: 'Roll calls the pupil was absent from (not late).' }) absenceCount: number;
  @Field(() => Float, { description: 'Hours absent (late excluded), to two decimals.' }) hoursAbsent: number;
  @Field(() => Float, { description: 'Of hoursAbsent: absences whose justification was accepted.' }) justifiedHours: number;
  @Field(() => Float, { description: 'Of hoursAbsent: the others (no justification, pending or refused).' }) unjustifiedHours: number;
  @Field(() => Int) lateCount: number;
  @Field(() => Int, { description: 'Minutes late, summed over lateCount.' }) minutesLate: number;
}

@ObjectType({ description: 'A pupil of the class on a roll call\'s date, with their mark.' })
export class RollCallPupil {
  studentId: string;
  /** Read with the sheet, which its reader may see whole (rollCallRule); resolved in roll-call.resolver.ts. */
  student: unknown;
  absenceId: string | null;
  @Field(() => PupilState) state: PupilState;
  @Field(() => Int, { nullable: true, description: 'When LATE: the minutes late recorded.' }) minutesLate: number | null;
}

@ObjectType({ description: 'The roll call of one slot on one date: the class list with the current marks, and who took it last.' })
export class RollCallSheet {
  slotId: string;
  @Field(() => ID, { name: 'slotId' })
  get slotGlobalId(): string {
    return toGlobalId('TimetableSlot', this.slotId);
  }

  @Field(() => DateResolver) date: string;
  @Field({ description: 'Whether a roll call was recorded for this slot and date.' }) taken: boolean;
  @Field(() => GraphQLISODateTime, { nullable: true }) recordedAt: Date | null;
  @Field(() => String, { nullable: true, description: 'The display name of the account that recorded it last.' }) recordedBy: string | null;
  @Field(() => Int, { description: 'The minutes an absence counts for (the slot\'s length).' }) minutes: number;
  @Field(() => [RollCallPupil], { description: 'The class\'s pupils on that date, by name.' }) pupils: RollCallPupil[];
}
