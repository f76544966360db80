import { DateResolver } from 'graphql-scalars';
import { Field, GraphQLISODateTime, Int, ObjectType } from 'type-graphql';
import { Decision } from './decision.js';

/** Levels whose pupils state stream wishes for the next one (3AC → TC, TC → 1BAC, 1BAC → 2BAC). */
export const ORIENTATION_LEVELS: readonly string[] = ['3AC', 'TC', '1BAC'];
/** At most this many ranked wishes. */
export const MAX_WISHES = 4;

/**
 * SQL: whether wishes are still accepted under a deadline (a date column): until the end of its
 * day, Moroccan time, whatever the server's time zone.
 */
export const beforeDeadline = (deadline: string) => `now() < ((${deadline} + 1)::timestamp AT TIME ZONE 'Africa/Casablanca')`;

@ObjectType({ description: 'One ranked stream wish (rank 1 is the first choice).' })
export class OrientationWish {
  @Field(() => Int) rank: number;
  streamId: number;
}

@ObjectType({ description: 'The class council\'s decision for next year, as far as orientation goes.' })
export class OrientationDecision {
  @Field(() => Decision) decision: Decision;
  streamId: number | null;
  @Field(() => GraphQLISODateTime) confirmedAt: Date;
}

@ObjectType({
  description: 'A pupil\'s orientation for a school year: the school\'s deadline, the family\'s ranked wishes and, once confirmed, the council\'s decision. '
    + 'Read by the family and the school\'s staff.',
})
export class OrientationWishes {
  studentId: string;
  schoolYearId: number;

  @Field({ description: 'The school year, e.g. 2025-2026.' }) year: string;

  @Field(() => DateResolver, { nullable: true, description: 'Last day for wishes (Moroccan time), set by the pupil\'s school that year; null: not set.' })
  deadline: string | null;

  @Field({ description: 'Whether wishes can be submitted now: the pupil is in 3AC, TC or 1BAC this year and the deadline has not passed.' })
  open: boolean;

  @Field(() => [OrientationWish], { description: 'First choice first; empty until submitted.' }) wishes: OrientationWish[];

  @Field(() => GraphQLISODateTime, { nullable: true }) submittedAt: Date | null;

  @Field(() => String, { nullable: true, description: 'Who submitted the wishes (the account\'s name).' }) submittedBy: string | null;
}

@ObjectType({ description: 'A school\'s orientation deadline for a school year.' })
export class OrientationDeadline {
  schoolId: number;
  @Field() year: string;
  @Field(() => DateResolver) deadline: string;
}
