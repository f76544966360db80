import { type DataSource, type EntityManager } from 'typeorm';
import { requireAccess, requireVisible } from '../../core/auth/rules.js';
import { type Viewer } from '../../core/auth/viewer.js';
import { badInput, conflict, CoreErrorReason, notFound } from '../../core/errors.js';
import { toGlobalId } from '../../core/graphql/node.js';
import { inTransaction } from '../enrolment/mobility.shared.js';
import { type Term } from '../evaluation/evaluation.enums.js';
import { resolveSchoolYear } from '../schooling/school-year.service.js';
import { schoolRule } from '../territory/territory.access.js';
import { type CopyTimetableInput } from './dto/timetable.input.js';
import { TimetableCopyOutcome, type TimetableCopyReport, type TimetableCopyRow } from './dto/timetable-copy.type.js';
import { timetableWriteRule } from './schooltime.access.js';
import { SchoolTimeErrorReason } from './schooltime.errors.js';
import { isExclusionViolation } from './timetable-clash.js';
import { inCurriculum } from './timetable.service.js';
import { hhmm } from './timetable-time.js';

/** A slot of the term copied from, with the class of the same name in the target year and that class × subject's teacher. */
interface SourceRow {
  class_name: string;
  subject_code: string;
  subject_id: number;
  weekday: number;
  start: number;
  end: number;
  room: string | null;
  target_class_id: number | null;
  in_curriculum: boolean;
  teacher_id: number | null;
}

/** A slot of the target term (or being copied into it): what a copied slot must not overlap. */
interface Taken {
  class_id: number;
  teacher_id: number | null;
  room: string | null;
  school_id: number;
  weekday: number;
  start: number;
  end: number;
}

async function editableSchool(db: DataSource, viewer: Viewer, code: string): Promise<number> {
  const [school] = await db.query('SELECT id FROM school WHERE code = $1', [code.trim().toUpperCase()]);
  if (!school) throw notFound('School');
  await requireVisible(db, viewer, schoolRule, [school.id], 'School');
  await requireAccess(db, viewer, timetableWriteRule, [school.id]);
  return school.id;
}

const MINUTES = (col: string) => `(extract(hour FROM ${col}) * 60 + extract(minute FROM ${col}))::int`;

function sources(tx: EntityManager, schoolId: number, from: { yearId: number; term: Term }, toYearId: number): Promise<SourceRow[]> {
  return tx.query(
    `SELECT c.name AS class_name, su.code AS subject_code, s.subject_id, s.weekday, ${MINUTES('s.starts_at')} AS start, ${MINUTES('s.ends_at')} AS "end", s.room,
            tc.id AS target_class_id, (tc.id IS NOT NULL AND ${inCurriculum('tc', 's.subject_id')}) AS in_curriculum,
            (SELECT ta.teacher_id FROM teaching_assignment ta WHERE ta.class_id = tc.id AND ta.subject_id = s.subject_id) AS teacher_id
     FROM timetable_slot s JOIN school_class c ON c.id = s.class_id JOIN subject su ON su.id = s.subject_id
     LEFT JOIN school_class tc ON tc.school_id = s.school_id AND tc.school_year_id = $3 AND tc.name = c.name
     WHERE s.school_id = $1 AND s.school_year_id = $2 AND s.term = $4
     ORDER BY c.name, s.weekday, s.starts_at, s.id`,
    [schoolId, from.yearId, toYearId, from.term],
  );
}

/** The target term's slots of the school, and of the teachers the copy would place, in any school. */
function taken(tx: EntityManager, schoolId: number, to: { yearId: number; term: Term }, teacherIds: number[]): Promise<Taken[]> {
  return tx.query(
    `SELECT class_id, teacher_id, room, school_id, weekday, lower(during) AS start, upper(during) AS "end" FROM timetable_slot
     WHERE school_year_id = $1 AND term = $2 AND (school_id = $3 OR teacher_id = ANY($4::int[]))`,
    [to.yearId, to.term, schoolId, teacherIds],
  );
}

/** Why a slot cannot be copied, or COPIED: checked against the target term and the slots copied before it. */
function outcomeOf(s: SourceRow, schoolId: number, placed: Taken[]): TimetableCopyOutcome {
  if (!s.target_class_id) return TimetableCopyOutcome.NO_CLASS;
  if (!s.in_curriculum) return TimetableCopyOutcome.NOT_IN_CURRICULUM;
  const overlapping = placed.filter((t) => t.weekday === s.weekday && t.start < s.end && s.start < t.end);
  if (overlapping.some((t) => t.class_id === s.target_class_id)) return TimetableCopyOutcome.CLASS_CLASH;
  if (s.teacher_id !== null && overlapping.some((t) => t.teacher_id === s.teacher_id)) return TimetableCopyOutcome.TEACHER_CLASH;
  if (s.room !== null && overlapping.some((t) => t.school_id === schoolId && t.room === s.room)) return TimetableCopyOutcome.ROOM_CLASH;
  return TimetableCopyOutcome.COPIED;
}

async function insertCopies(tx: EntityManager, schoolId: number, to: { yearId: number; term: Term }, rows: SourceRow[], accountId: number): Promise<string[]> {
  if (!rows.length) return [];
  const inserted: { id: string }[] = await tx.query(
    `INSERT INTO timetable_slot (school_id, school_year_id, term, class_id, subject_id, teacher_id, room, weekday, starts_at, ends_at, created_by)
     SELECT $1, $2, $3, x.class_id, x.subject_id, x.teacher_id, x.room, x.weekday, make_time(x.start / 60, x.start % 60, 0), make_time(x."end" / 60, x."end" % 60, 0), $4
     FROM unnest($5::int[], $6::smallint[], $7::int[], $8::text[], $9::smallint[], $10::int[], $11::int[]) WITH ORDINALITY AS x(class_id, subject_id, teacher_id, room, weekday, start, "end", n)
     ORDER BY x.n RETURNING id::text AS id`,
    [schoolId, to.yearId, to.term, accountId, rows.map((r) => r.target_class_id), rows.map((r) => r.subject_id), rows.map((r) => r.teacher_id),
      rows.map((r) => r.room), rows.map((r) => r.weekday), rows.map((r) => r.start), rows.map((r) => r.end)],
  );
  return inserted.map((r) => r.id);
}

/**
 * Copies a term's timetable into another term (of the same year or a later one) as a starting
 * point: classes matched by name in the target year, teachers from the target year's assignments,
 * rooms as they were; slots that would clash with the target term (or with one copied before them)
 * or whose class or subject is missing are skipped with the reason. One transaction, four
 * statements whatever the number of slots; a dry run runs them and rolls back.
 */
export async function copyTimetable(db: DataSource, viewer: Viewer, input: CopyTimetableInput): Promise<TimetableCopyReport> {
  const schoolId = await editableSchool(db, viewer, input.schoolCode);
  const toYear = await resolveSchoolYear(db, input.toYear ?? undefined, 'toYear');
  const fromYear = input.fromYear ? await resolveSchoolYear(db, input.fromYear, 'fromYear') : toYear;
  if (fromYear.id === toYear.id && input.fromTerm === input.toTerm) {
    throw badInput('toTerm', CoreErrorReason.INVALID, 'A timetable is copied into another term than its own');
  }
  const to = { yearId: toYear.id, term: input.toTerm };
  try {
    return await inTransaction(db, !input.dryRun, async (tx) => {
      const rows = await sources(tx, schoolId, { yearId: fromYear.id, term: input.fromTerm }, to.yearId);
      const teachers = [...new Set(rows.flatMap((r) => (r.teacher_id === null ? [] : [r.teacher_id])))];
      const placed = await taken(tx, schoolId, to, teachers);
      const outcomes = rows.map((r) => {
        const outcome = outcomeOf(r, schoolId, placed);
        if (outcome === TimetableCopyOutcome.COPIED) placed.push({ ...r, class_id: r.target_class_id!, school_id: schoolId });
        return outcome;
      });
      const copies = rows.filter((_, i) => outcomes[i] === TimetableCopyOutcome.COPIED);
      const ids = await insertCopies(tx, schoolId, to, copies, viewer.accountId);
      return report(rows, outcomes, input.dryRun ? [] : ids, input.dryRun);
    });
  } catch (e) {
    // A slot placed in the target term while the copy ran: the constraints refused the copy whole.
    if (isExclusionViolation(e)) {
      const error = conflict(SchoolTimeErrorReason.SLOT_CLASH, 'A slot was placed in the target term while it was being copied: copy again to see what is left');
      error.details.clashes = [];
      throw error;
    }
    throw e;
  }
}

function report(rows: SourceRow[], outcomes: TimetableCopyOutcome[], ids: string[], dryRun: boolean): TimetableCopyReport {
  let next = 0;
  const out: TimetableCopyRow[] = rows.map((r, i) => {
    const copied = outcomes[i] === TimetableCopyOutcome.COPIED;
    const id = copied ? ids[next++] : undefined;
    return {
      outcome: outcomes[i], className: r.class_name, subjectCode: r.subject_code, weekday: r.weekday, startsAt: hhmm(r.start), endsAt: hhmm(r.end),
      room: r.room, teacherAssigned: r.teacher_id !== null, slotId: id ? toGlobalId('TimetableSlot', id) : null,
    };
  });
  const copied = outcomes.filter((o) => o === TimetableCopyOutcome.COPIED).length;
  return { dryRun, copied, skipped: rows.length - copied, rows: out };
}
