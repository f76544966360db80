import DataLoader from 'dataloader';
import { reachBound } from '../../core/auth/rules.js';
import { type Context, loader, requireViewer } from '../../core/context.js';
import { byIdLoader } from '../../core/database/loaders.js';
import { preparedQuery } from '../../core/database/prepared-query.js';
import { groupBy } from '../../core/group-by.js';
import { enrolmentColumns, enrolmentRule } from '../enrolment/enrolment.access.js';
import { type Term } from '../evaluation/evaluation.enums.js';
import { StaffMember } from '../people/staff-member.entity.js';
import { SchoolClass } from '../schooling/school-class.entity.js';
import { slotClassRule, slotColumns, slotTeacherRule, timetableSlotRule } from './schooltime.access.js';
import { TimetableSlot } from './timetable-slot.entity.js';

// Every read of slots: one statement per batch of keys, within timetableSlotRule, the keys
// unnested so that a list of classes (or teachers, or schools) costs what one does. Keys are JSON
// arrays: a room name may hold any character.

/** A slot's columns, as slotOfRow reads them back. */
export const SLOT_COLUMNS = (s: string) =>
  `${s}.id::text AS id, ${s}.school_id, ${s}.school_year_id, ${s}.term, ${s}.class_id, ${s}.subject_id, ${s}.teacher_id, ${s}.room, ${s}.weekday,
   to_char(${s}.starts_at, 'HH24:MI') AS starts_at, to_char(${s}.ends_at, 'HH24:MI') AS ends_at`;

export interface SlotRow {
  id: string;
  school_id: number;
  school_year_id: number;
  term: Term;
  class_id: number;
  subject_id: number;
  teacher_id: number | null;
  room: string | null;
  weekday: number;
  starts_at: string;
  ends_at: string;
}

export function slotOfRow(r: SlotRow): TimetableSlot {
  return Object.assign(new TimetableSlot(), {
    id: String(r.id), schoolId: r.school_id, schoolYearId: r.school_year_id, term: r.term, classId: r.class_id, subjectId: r.subject_id,
    teacherId: r.teacher_id, room: r.room, weekday: r.weekday, startsAt: r.starts_at, endsAt: r.ends_at,
  });
}

/** A week's order: day, start, then the class's id (a teacher's or a room's week has one slot at a time). */
const WEEK_ORDER = (s: string) => `${s}.weekday, ${s}.starts_at, ${s}.class_id, ${s}.id`;

/**
 * Slots of each key: `keys` is the SQL of a relation `k(key, …)` over the parameters, `on` the
 * join condition of a slot `s` with it.
 */
function slotsPerKey(ctx: Context, keys: string, on: string, parameters: unknown[]) {
  const visible = reachBound(timetableSlotRule, requireViewer(ctx), slotColumns('s'), parameters);
  return preparedQuery<SlotRow & { key: string }>(
    ctx.db,
    `SELECT k.key, ${SLOT_COLUMNS('s')} FROM ${keys} JOIN timetable_slot s ON ${on} AND ${visible} ORDER BY k.key, ${WEEK_ORDER('s')}`,
    parameters,
  );
}

const grouped = (keys: readonly string[], rows: (SlotRow & { key: string })[]) => {
  const byKey = groupBy(rows, (r) => r.key);
  return keys.map((k) => (byKey.get(k) ?? []).map(slotOfRow));
};

/** Slots by id within their rule (null outside it, as for a missing one): node(id), an absence's slot. */
export const slotById = (ctx: Context) =>
  new DataLoader<string, TimetableSlot | null>(async (ids) => {
    const parameters: unknown[] = [[...ids]];
    const visible = reachBound(timetableSlotRule, requireViewer(ctx), slotColumns('s'), parameters);
    const rows = await preparedQuery<SlotRow>(ctx.db, `SELECT ${SLOT_COLUMNS('s')} FROM timetable_slot s WHERE s.id = ANY($1::bigint[]) AND ${visible}`, parameters);
    const byId = new Map(rows.map((r) => [String(r.id), slotOfRow(r)]));
    return ids.map((id) => byId.get(String(id)) ?? null);
  });

export const classTermKey = (classId: number, term: Term) => JSON.stringify([classId, term]);

/** A class's week for a term (its own year). */
export const slotsByClass = (ctx: Context) =>
  new DataLoader<string, TimetableSlot[]>(async (keys) => {
    const parts = keys.map((k) => JSON.parse(k) as [number, Term]);
    const rows = await slotsPerKey(ctx,
      `unnest($1::text[], $2::int[], $3::text[]) AS k(key, class_id, term) JOIN school_class c ON c.id = k.class_id`,
      's.class_id = k.class_id AND s.school_year_id = c.school_year_id AND s.term = k.term',
      [keys, parts.map((p) => p[0]), parts.map((p) => p[1])]);
    return grouped(keys, rows);
  });

export const teacherWeekKey = (teacherId: number, yearId: number, term: Term) => JSON.stringify([teacherId, yearId, term]);

/** A teacher's week for a year and term, in every school they teach in (what the viewer reaches of it). */
export const slotsByTeacher = (ctx: Context) =>
  new DataLoader<string, TimetableSlot[]>(async (keys) => {
    const parts = keys.map((k) => JSON.parse(k) as [number, number, Term]);
    const rows = await slotsPerKey(ctx, 'unnest($1::text[], $2::int[], $3::smallint[], $4::text[]) AS k(key, teacher_id, school_year_id, term)',
      's.teacher_id = k.teacher_id AND s.school_year_id = k.school_year_id AND s.term = k.term',
      [keys, parts.map((p) => p[0]), parts.map((p) => p[1]), parts.map((p) => p[2])]);
    return grouped(keys, rows);
  });

export const schoolWeekKey = (schoolId: number, yearId: number, term: Term, room: string | null = null) => JSON.stringify([schoolId, yearId, term, room]);

/** A school's week for a year and term, or one room's (the room named exactly as on its slots). */
export const slotsBySchool = (ctx: Context) =>
  new DataLoader<string, TimetableSlot[]>(async (keys) => {
    const parts = keys.map((k) => JSON.parse(k) as [number, number, Term, string | null]);
    const rows = await slotsPerKey(ctx, 'unnest($1::text[], $2::int[], $3::smallint[], $4::text[], $5::text[]) AS k(key, school_id, school_year_id, term, room)',
      's.school_id = k.school_id AND s.school_year_id = k.school_year_id AND s.term = k.term AND (k.room IS NULL OR s.room = k.room)',
      [keys, ...[0, 1, 2, 3].map((i) => parts.map((p) => p[i]))]);
    return grouped(keys, rows);
  });

/** The rooms a school's slots name that year and term (those the viewer reaches), by name. */
export const roomsBySchool = (ctx: Context) =>
  new DataLoader<string, string[]>(async (keys) => {
    const weeks = await loader(ctx, slotsBySchool).loadMany([...keys]);
    return weeks.map((w) => (w instanceof Error ? w : [...new Set(w.flatMap((s) => (s.room ? [s.room] : [])))].sort((a, b) => a.localeCompare(b, 'fr'))));
  });

export const studentWeekKey = (studentId: string, yearId: number, term: Term) => JSON.stringify([studentId, yearId, term]);

/**
 * A pupil's week: the slots of their class that year — among the year's enrolments the viewer
 * reads, the ACTIVE one, else the latest (after a transfer the origin reads its own class's week,
 * never the destination's).
 */
export const slotsByStudent = (ctx: Context) =>
  new DataLoader<string, TimetableSlot[]>(async (keys) => {
    const parts = keys.map((k) => JSON.parse(k) as [string, number, Term]);
    const parameters: unknown[] = [keys, parts.map((p) => p[0]), parts.map((p) => p[1]), parts.map((p) => p[2])];
    const enrolment = reachBound(enrolmentRule, requireViewer(ctx), enrolmentColumns('e'), parameters);
    const rows = await slotsPerKey(ctx,
      `unnest($1::text[], $2::bigint[], $3::smallint[], $4::text[]) AS k(key, student_id, school_year_id, term)
       CROSS JOIN LATERAL (SELECT e.class_id FROM enrolment e WHERE e.student_id = k.student_id AND e.school_year_id = k.school_year_id AND ${enrolment}
                           ORDER BY e.status = 'ACTIVE' DESC, e.enrolled_on DESC, e.id DESC LIMIT 1) e`,
      's.class_id = e.class_id AND s.school_year_id = k.school_year_id AND s.term = k.term', parameters);
    return grouped(keys, rows);
  });

/** The class of a slot, within slotClassRule (a substitute reads the class they are placed in). */
export const slotClassById = (ctx: Context) => byIdLoader(ctx, SchoolClass, { rule: slotClassRule, column: 'id' });

/** The teacher of a slot, within slotTeacherRule (one of another school who teaches in this one too). */
export const slotTeacherById = (ctx: Context) =>
  new DataLoader<number, StaffMember | null>(async (ids) => {
    const parameters: unknown[] = [[...ids]];
    const visible = reachBound(slotTeacherRule, requireViewer(ctx), { staffId: 'm.id', schoolId: 'm.school_id' }, parameters);
    const rows = await preparedQuery<Record<string, unknown>>(ctx.db,
      `SELECT m.id, m.school_id, m.first_name, m.last_name, m.first_name_ar, m.last_name_ar, m.position FROM staff_member m
       WHERE m.id = ANY($1::int[]) AND ${visible}`, parameters);
    const byId = new Map(rows.map((r) => [Number(r.id), staffOfRow(r)]));
    return ids.map((id) => byId.get(Number(id)) ?? null);
  });

function staffOfRow(r: Record<string, unknown>): StaffMember {
  return Object.assign(new StaffMember(), {
    id: Number(r.id), schoolId: r.school_id as number | null, firstName: r.first_name as string, lastName: r.last_name as string,
    firstNameAr: r.first_name_ar as string, lastNameAr: r.last_name_ar as string, position: r.position as StaffMember['position'],
    email: null, phone: null,
  });
}
