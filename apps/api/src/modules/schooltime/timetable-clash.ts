import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { type DataSource, type EntityManager } from 'typeorm';
import { conflict, type DomainError } from '../../core/errors.js';
import { toGlobalId } from '../../core/graphql/node.js';
import { type Term } from '../evaluation/evaluation.enums.js';
import { SchoolTimeErrorReason } from './schooltime.errors.js';
import { hhmm, WEEKDAY_NAMES } from './timetable-time.js';

export enum SlotClashKind {
  CLASS = 'CLASS',
  TEACHER = 'TEACHER',
  ROOM = 'ROOM',
}
registerEnumType(SlotClashKind, { name: 'SlotClashKind', description: 'What a slot double-books: its class, its teacher or its room.' });

/**
 * One clash of a slot being placed (slotClashes, and extensions.clashes of SLOT_CLASH). A clash with
 * the teacher's lesson in another school says only that: no class, room, subject or time of that
 * school, which the caller may not read.
 */
@ObjectType({ description: 'Another slot the one being placed overlaps: same class, same teacher or same room, same term, weekday and time.' })
export class SlotClash {
  @Field(() => SlotClashKind) kind: SlotClashKind;
  @Field({ description: 'The teacher teaches in another school at that time: nothing else of that school is told.' }) inAnotherSchool: boolean;
  @Field(() => ID, { nullable: true, description: 'The other slot (null in another school).' }) slotId: string | null;
  @Field(() => String, { nullable: true, description: 'The other slot\'s class (null in another school).' }) className: string | null;
  @Field(() => String, { nullable: true, description: 'The other slot\'s teacher (for a TEACHER clash: the teacher being placed).' }) teacherName: string | null;
  @Field(() => String, { nullable: true, description: 'The other slot\'s room (null in another school).' }) room: string | null;
  @Field(() => Int) weekday: number;
  @Field(() => String, { nullable: true, description: 'The other slot\'s start, HH:MM (null in another school).' }) startsAt: string | null;
  @Field(() => String, { nullable: true, description: 'The other slot\'s end (null in another school).' }) endsAt: string | null;
}

/** A slot as it would be placed: what the clash check and the exclusion constraints compare. */
export interface SlotCandidate {
  /** The slot being moved (it does not clash with itself), null for a new one. */
  slotId: string | null;
  schoolId: number;
  schoolYearId: number;
  term: Term;
  classId: number;
  teacherId: number | null;
  room: string | null;
  weekday: number;
  start: number;
  end: number;
}

interface ClashRow {
  id: string;
  same_school: boolean;
  class_name: string;
  teacher_name: string | null;
  room: string | null;
  starts_at: string;
  ends_at: string;
  class_clash: boolean;
  teacher_clash: boolean;
  room_clash: boolean;
}

/**
 * The slots the candidate would overlap, by kind, in one statement: the class's, the teacher's in
 * any school, the room's in the school (the same conditions as the three exclusion constraints).
 */
export async function findClashes(db: DataSource | EntityManager, c: SlotCandidate): Promise<SlotClash[]> {
  const rows: ClashRow[] = await db.query(
    `SELECT s.id::text AS id, s.school_id = $2 AS same_school, cl.name AS class_name,
            CASE WHEN m.id IS NOT NULL THEN m.first_name || ' ' || m.last_name END AS teacher_name, s.room,
            to_char(s.starts_at, 'HH24:MI') AS starts_at, to_char(s.ends_at, 'HH24:MI') AS ends_at,
            s.class_id = $4 AS class_clash, coalesce(s.teacher_id = $5, false) AS teacher_clash, coalesce(s.school_id = $2 AND s.room = $6, false) AS room_clash
     FROM timetable_slot s JOIN school_class cl ON cl.id = s.class_id LEFT JOIN staff_member m ON m.id = s.teacher_id
     WHERE s.school_year_id = $1 AND s.term = $3 AND s.weekday = $7 AND s.during && int4range($8, $9)
       AND ($10::bigint IS NULL OR s.id <> $10::bigint)
       AND (s.class_id = $4 OR s.teacher_id = $5 OR (s.school_id = $2 AND s.room = $6))
     ORDER BY s.starts_at, s.id`,
    [c.schoolYearId, c.schoolId, c.term, c.classId, c.teacherId, c.room, c.weekday, c.start, c.end, c.slotId],
  );
  return rows.flatMap((r) => clashesOfRow(r, c.weekday));
}

function clashesOfRow(r: ClashRow, weekday: number): SlotClash[] {
  const kinds = [r.class_clash && SlotClashKind.CLASS, r.teacher_clash && SlotClashKind.TEACHER, r.room_clash && SlotClashKind.ROOM].filter(
    (k): k is SlotClashKind => !!k,
  );
  return kinds.map((kind) => Object.assign(new SlotClash(), r.same_school
    ? { kind, inAnotherSchool: false, slotId: toGlobalId('TimetableSlot', r.id), className: r.class_name, teacherName: r.teacher_name, room: r.room, weekday, startsAt: r.starts_at, endsAt: r.ends_at }
    : { kind, inAnotherSchool: true, slotId: null, className: null, teacherName: r.teacher_name, room: null, weekday, startsAt: null, endsAt: null }));
}

function describe(c: SlotClash): string {
  const when = c.startsAt ? `${WEEKDAY_NAMES[c.weekday]} ${c.startsAt}–${c.endsAt}` : WEEKDAY_NAMES[c.weekday];
  if (c.inAnotherSchool) return `${c.teacherName ?? 'the teacher'} teaches in another school at that time`;
  if (c.kind === SlotClashKind.CLASS) return `class ${c.className} already has a lesson ${when}`;
  if (c.kind === SlotClashKind.TEACHER) return `${c.teacherName} teaches ${c.className} ${when}`;
  return `room ${c.room} is taken by ${c.className} ${when}`;
}

/** CONFLICT / SLOT_CLASH naming every clash (extensions.clashes), as the check before writing and a lost race both answer. */
export function slotClashError(clashes: SlotClash[], c: Pick<SlotCandidate, 'weekday' | 'start' | 'end'>): DomainError {
  const what = clashes.length ? clashes.map(describe).join('; ') : `another slot was placed at ${WEEKDAY_NAMES[c.weekday]} ${hhmm(c.start)}–${hhmm(c.end)}`;
  const error = conflict(SchoolTimeErrorReason.SLOT_CLASH, `This slot clashes: ${what}`);
  error.details.clashes = clashes.map((x) => ({ ...x }));
  return error;
}

/** PostgreSQL's exclusion violation: one of the slot's three constraints refused a double booking that raced the check. */
export const isExclusionViolation = (e: unknown) => (e as { code?: string })?.code === '23P01';
