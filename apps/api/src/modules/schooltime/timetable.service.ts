import { type DataSource, type EntityManager } from 'typeorm';
import { reach, requireAccess, requireVisible } from '../../core/auth/rules.js';
import { type Viewer } from '../../core/auth/viewer.js';
import { badInput, CoreErrorReason, notFound } from '../../core/errors.js';
import { type Term } from '../evaluation/evaluation.enums.js';
import { classRule } from '../schooling/schooling.access.js';
import { SchoolingErrorReason } from '../schooling/schooling.errors.js';
import { slotColumns, timetableSlotRule, timetableWriteRule } from './schooltime.access.js';
import { findClashes, isExclusionViolation, type SlotCandidate, type SlotClash, slotClashError } from './timetable-clash.js';
import { SLOT_COLUMNS, slotOfRow, type SlotRow } from './timetable.loaders.js';
import { type TimetableSlot } from './timetable-slot.entity.js';
import { slotTime } from './timetable-time.js';

type Db = DataSource | EntityManager;

/** A slot to place or check, ids already decoded. */
export interface SlotPlacement {
  slotId: string | null;
  classId: number;
  term: Term;
  weekday: number;
  startsAt: string;
  endsAt: string;
  /** Required to place; for a clash preview only to find the assigned teacher. */
  subjectCode: string | null;
  teacherId: number | null;
  room: string | null;
}

/** Whether the subject is in the curriculum of class `c` that year (a level and stream with none on record take any, as assignTeacher does). */
export const inCurriculum = (c: string, subjectId: string) => `(
  NOT EXISTS (SELECT 1 FROM subject_coefficient_version sc JOIN school_year y ON y.id = ${c}.school_year_id
              WHERE sc.level_id = ${c}.level_id AND sc.stream_id IS NOT DISTINCT FROM ${c}.stream_id AND y.name >= sc.valid_from AND y.name < sc.valid_until)
  OR EXISTS (SELECT 1 FROM subject_coefficient_version sc JOIN school_year y ON y.id = ${c}.school_year_id
             WHERE sc.level_id = ${c}.level_id AND sc.stream_id IS NOT DISTINCT FROM ${c}.stream_id AND y.name >= sc.valid_from AND y.name < sc.valid_until
               AND sc.subject_id = ${subjectId}))`;

interface ClassSubjectRow {
  school_id: number;
  school_year_id: number;
  subject_id: number | null;
  in_curriculum: boolean;
  assigned_teacher: number | null;
}

/** The slot being moved, locked (when `lock`), within the slot rule: NOT_FOUND outside it. */
async function currentSlot(q: Db, viewer: Viewer, slotId: string, lock: boolean): Promise<SlotRow> {
  const [row]: SlotRow[] = await q.query(
    `SELECT ${SLOT_COLUMNS('s')} FROM timetable_slot s WHERE s.id = $1 AND ${reach(timetableSlotRule, viewer, slotColumns('s'))}${lock ? ' FOR UPDATE' : ''}`,
    [slotId],
  );
  if (!row) throw notFound('Timetable slot');
  return row;
}

/** The class's school and year, the subject and whether the class learns it, and the class × subject's teacher. */
async function classSubject(q: Db, classId: number, subjectCode: string | null): Promise<ClassSubjectRow> {
  const [row]: ClassSubjectRow[] = await q.query(
    `SELECT c.school_id, c.school_year_id, su.id AS subject_id, ${inCurriculum('c', 'su.id')} AS in_curriculum,
            (SELECT ta.teacher_id FROM teaching_assignment ta WHERE ta.class_id = c.id AND ta.subject_id = su.id) AS assigned_teacher
     FROM school_class c LEFT JOIN subject su ON su.code = upper(trim($2)) WHERE c.id = $1`,
    [classId, subjectCode ?? ''],
  );
  if (!row) throw notFound('Class');
  if (subjectCode === null) return row;
  if (!row.subject_id) throw badInput('subjectCode', SchoolingErrorReason.UNKNOWN_SUBJECT, `No subject has the code ${subjectCode.slice(0, 20)}`);
  if (!row.in_curriculum) {
    throw badInput('subjectCode', SchoolingErrorReason.SUBJECT_NOT_IN_CURRICULUM, `${subjectCode.slice(0, 20)} is not taught at this class's level`);
  }
  return row;
}

/**
 * A teacher who teaches in the school: one of its staff, or one with a class there (a teacher
 * shared between schools). Anyone else answers as missing, as outside the caller's scope.
 */
async function requireSchoolTeacher(q: Db, schoolId: number, teacherId: number): Promise<void> {
  const [staff] = await q.query(
    `SELECT m.position FROM staff_member m WHERE m.id = $1
       AND (m.school_id = $2 OR EXISTS (SELECT 1 FROM teaching_assignment ta WHERE ta.teacher_id = m.id AND ta.school_id = $2))`,
    [teacherId, schoolId],
  );
  if (!staff) throw notFound('Teacher');
  if (staff.position !== 'TEACHER') throw badInput('teacherId', SchoolingErrorReason.NOT_A_TEACHER, 'This staff member is not a teacher');
}

const roomOf = (room: string | null) => room?.trim() || null;

/**
 * The slot as it would be placed, every check but the clashes done: the slot and the class in
 * the caller's scope (NOT_FOUND outside), the school's timetable theirs to edit (FORBIDDEN), times,
 * subject and teacher valid. The slot is looked up first, so that a slot outside the scope answers
 * as a missing one whatever else is named.
 */
async function candidateOf(q: Db, viewer: Viewer, p: SlotPlacement, lock: boolean): Promise<SlotCandidate & { subjectId: number | null }> {
  const current = p.slotId ? await currentSlot(q, viewer, p.slotId, lock) : null;
  await requireVisible(q, viewer, classRule, [p.classId], 'Class');
  const { start, end } = slotTime(p.weekday, p.startsAt, p.endsAt);
  const row = await classSubject(q, p.classId, p.subjectCode);
  await requireAccess(q, viewer, timetableWriteRule, [row.school_id]);
  if (current && (current.class_id !== p.classId || current.term !== p.term)) {
    throw badInput(current.class_id !== p.classId ? 'classId' : 'term', CoreErrorReason.INVALID, 'A slot moves within its class and term: remove it and place a new one');
  }
  const teacherId = p.teacherId ?? row.assigned_teacher;
  if (p.teacherId !== null) await requireSchoolTeacher(q, row.school_id, p.teacherId);
  return {
    slotId: p.slotId, schoolId: row.school_id, schoolYearId: row.school_year_id, term: p.term, classId: p.classId,
    teacherId, room: roomOf(p.room), weekday: p.weekday, start, end, subjectId: row.subject_id,
  };
}

/** What the slot would clash with, as the editor places it: nothing is written. */
export async function slotClashes(db: DataSource, viewer: Viewer, p: SlotPlacement): Promise<SlotClash[]> {
  return findClashes(db, await candidateOf(db, viewer, p, false));
}

const minutes = (m: number) => `make_time(${Math.floor(m / 60)}, ${m % 60}, 0)`;

/**
 * Places a slot, or moves one (slotId). A clash answers CONFLICT / SLOT_CLASH naming each; two
 * placements racing for the same time both pass the check, and the exclusion constraints refuse
 * the second, which then answers the same.
 */
export async function placeSlot(db: DataSource, viewer: Viewer, p: SlotPlacement): Promise<TimetableSlot> {
  let candidate: SlotCandidate | undefined;
  try {
    return await db.transaction(async (tx) => {
      const c = await candidateOf(tx, viewer, p, true);
      candidate = c;
      const clashes = await findClashes(tx, c);
      if (clashes.length) throw slotClashError(clashes, c);
      const values = [c.subjectId, c.teacherId, c.room, c.weekday];
      const [row]: SlotRow[] = p.slotId
        ? await tx.query(
          `UPDATE timetable_slot s SET subject_id = $1, teacher_id = $2, room = $3, weekday = $4, starts_at = ${minutes(c.start)}, ends_at = ${minutes(c.end)}, updated_at = now()
           WHERE s.id = $5 RETURNING ${SLOT_COLUMNS('s')}`,
          [...values, p.slotId],
        ).then(([rows]) => rows)
        : await tx.query(
          `INSERT INTO timetable_slot AS s (subject_id, teacher_id, room, weekday, starts_at, ends_at, school_id, school_year_id, term, class_id, created_by)
           VALUES ($1, $2, $3, $4, ${minutes(c.start)}, ${minutes(c.end)}, $5, $6, $7, $8, $9) RETURNING ${SLOT_COLUMNS('s')}`,
          [...values, c.schoolId, c.schoolYearId, c.term, c.classId, viewer.accountId],
        );
      return slotOfRow(row);
    });
  } catch (e) {
    if (!isExclusionViolation(e) || !candidate) throw e;
    // Lost a race: the other placement has committed; name what it holds now.
    throw slotClashError(await findClashes(db, candidate), candidate);
  }
}

/** Removes a slot: its roll calls stay, with no slot (their date, term and minutes are their own). */
export async function removeSlot(db: DataSource, viewer: Viewer, slotId: string): Promise<boolean> {
  return db.transaction(async (tx) => {
    const slot = await currentSlot(tx, viewer, slotId, true);
    await requireAccess(tx, viewer, timetableWriteRule, [slot.school_id]);
    await tx.query('DELETE FROM timetable_slot WHERE id = $1 AND school_year_id = $2', [slotId, slot.school_year_id]);
    return true;
  });
}
