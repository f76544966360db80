import { parseCodeMassar } from '@massar/rules';
import { type DataSource, type EntityManager } from 'typeorm';
import { reach } from '../../core/auth/rules.js';
import { type Viewer } from '../../core/auth/viewer.js';
import { badInput, CoreErrorReason, DomainError, ErrorCode, forbidden, notFound } from '../../core/errors.js';
import { onRoster } from '../enrolment/roster.js';
import { PeopleErrorReason } from '../people/people.errors.js';
import { decideJustificationRule, rollCallRule, rollCallWriteRule, slotColumns, timetableSlotRule } from './schooltime.access.js';
import { SchoolTimeErrorReason as Reason } from './schooltime.errors.js';

/** The largest roll call list: no class holds more (school_class.capacity ≤ 60). */
export const MAX_ROLL_CALL_ROWS = 60;

export interface RollCallRowInput {
  codeMassar: string;
  late: boolean;
  minutesLate?: number | null;
}

export interface SlotOfRollCall {
  id: string; school_id: number; school_year_id: number; term: string; class_id: number; subject_id: number; teacher_id: number | null;
  minutes: number; capacity: number; on_slot_day: boolean; visible: boolean; writable: boolean; readable: boolean;
  /** The school's staff, who decide justifications: they may also remove a justified absence (a correction). */
  corrects: boolean;
}

interface RowProblem { index: number; codeMassar: string; reason: string; message: string }

/** BAD_USER_INPUT naming the first bad row, with every bad row listed (as moveStudents does). */
function badRows(problems: RowProblem[]): DomainError {
  const [first] = problems;
  return new DomainError(ErrorCode.BAD_USER_INPUT, `Row ${first.index + 1} (${first.codeMassar}): ${first.message}`, {
    field: 'absent', path: `absent.${first.index}`, reason: first.reason, index: first.index, codeMassar: first.codeMassar,
    rows: problems.map(({ index, codeMassar, reason }) => ({ index, codeMassar, reason })),
  });
}

/** The codes as stored; malformed or repeated rows, and minutes late on a pupil not late, refused before any statement. */
function checkRows(rows: RollCallRowInput[]): string[] {
  if (rows.length > MAX_ROLL_CALL_ROWS) throw badInput('absent', Reason.TOO_MANY_PUPILS, `A roll call lists at most ${MAX_ROLL_CALL_ROWS} pupils`);
  const seen = new Set<string>();
  const problems: RowProblem[] = [];
  const codes = rows.map((row, index) => {
    const code = parseCodeMassar(row.codeMassar);
    const shown = code ?? row.codeMassar.trim().toUpperCase().slice(0, 20);
    if (code === null) problems.push({ index, codeMassar: shown, reason: PeopleErrorReason.INVALID_CODE_MASSAR, message: 'A code Massar is one letter followed by nine digits' });
    else if (seen.has(code)) problems.push({ index, codeMassar: shown, reason: Reason.DUPLICATE_PUPIL, message: 'This pupil appears twice' });
    else if (row.minutesLate != null && (!row.late || row.minutesLate < 1)) {
      problems.push({ index, codeMassar: shown, reason: Reason.INVALID_MINUTES_LATE, message: 'Minutes late are for a pupil marked late, at least 1' });
    }
    seen.add(shown);
    return shown;
  });
  if (problems.length) throw badRows(problems);
  return codes;
}

/** Today in Morocco: a roll call may not be for a later date. */
const TODAY = `(now() AT TIME ZONE 'Africa/Casablanca')::date`;

/**
 * The slot (locked against being moved while its roll call is taken), whether the viewer sees it
 * (the slot rule) and may take its roll call, and whether `date` is one of its days:
 * its weekday, within its term, not in the future.
 */
export async function slotForRollCall(tx: DataSource | EntityManager, viewer: Viewer, slotId: number, date: string, lock: boolean): Promise<SlotOfRollCall> {
  const writable = reach(rollCallWriteRule, viewer, { teacherId: 's.teacher_id', schoolId: 's.school_id' });
  const [slot]: SlotOfRollCall[] = await tx.query(
    `SELECT s.id::text AS id, s.school_id, s.school_year_id, s.term, s.class_id, s.subject_id, s.teacher_id, c.capacity,
            (extract(epoch FROM s.ends_at - s.starts_at) / 60)::int AS minutes,
            (extract(isodow FROM $2::date) = s.weekday AND $2::date BETWEEN t.starts_on AND t.ends_on AND $2::date <= ${TODAY}) AS on_slot_day,
            (${reach(timetableSlotRule, viewer, slotColumns('s'))} OR ${writable}) AS visible, ${writable} AS writable,
            ${reach(rollCallRule, viewer, { schoolId: 's.school_id', classId: 's.class_id', slotId: 's.id' })} AS readable,
            ${reach(decideJustificationRule, viewer, 's.school_id')} AS corrects
     FROM timetable_slot s JOIN term t ON t.school_year_id = s.school_year_id AND t.code = s.term JOIN school_class c ON c.id = s.class_id
     WHERE s.id = $1 ${lock ? 'FOR SHARE OF s' : ''}`,
    [slotId, date],
  );
  if (!slot?.visible) throw notFound('Slot');
  return slot;
}

/** The SQL condition "this enrolment (alias e) puts its pupil in the class on the date": the roster, and those who left the class after it. */
export const inClassOn = (e: string, classId: string, yearId: string, date: string) =>
  `${e}.class_id = ${classId} AND ${e}.school_year_id = ${yearId} AND ${e}.enrolled_on <= ${date} AND (${onRoster(e)} OR ${e}.ended_on > ${date})`;

/** Each code's pupil, if a pupil of the class on that date; any other code (unknown, another class) answers alike. */
async function pupilsOfCodes(tx: EntityManager, slot: SlotOfRollCall, date: string, codes: string[]): Promise<string[]> {
  const rows: { i: number; student_id: string | null }[] = await tx.query(
    `SELECT x.i::int AS i, e.student_id::text AS student_id FROM unnest($1::text[]) WITH ORDINALITY AS x(code, i)
     LEFT JOIN student s ON s.code_massar = x.code
     LEFT JOIN enrolment e ON e.student_id = s.id AND ${inClassOn('e', '$2', '$3', '$4::date')}
     ORDER BY x.i`,
    [codes, slot.class_id, slot.school_year_id, date],
  );
  const problems = rows.filter((r) => !r.student_id).map((r) => ({
    index: r.i - 1, codeMassar: codes[r.i - 1], reason: Reason.NOT_IN_CLASS, message: 'No pupil of this class has this code Massar on that date',
  }));
  if (problems.length) throw badRows(problems);
  return rows.map((r) => r.student_id!);
}

/**
 * The roll call of the slot on the date, created or taken over: its row is locked until the
 * transaction ends, so that a second recording of the same slot and date waits for the first and
 * then replaces it whole (never a mix of both).
 */
async function lockRollCall(tx: EntityManager, viewer: Viewer, slot: SlotOfRollCall, date: string): Promise<string> {
  const [row] = await tx.query(
    `INSERT INTO roll_call (school_id, school_year_id, term, slot_id, class_id, subject_id, held_on, minutes, recorded_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
     ON CONFLICT (slot_id, held_on, school_year_id) DO UPDATE
       SET recorded_by = EXCLUDED.recorded_by, recorded_at = now(), minutes = EXCLUDED.minutes, subject_id = EXCLUDED.subject_id, class_id = EXCLUDED.class_id
     RETURNING id::text AS id`,
    [slot.school_id, slot.school_year_id, slot.term, slot.id, slot.class_id, slot.subject_id, date, slot.minutes, viewer.accountId],
  );
  return row.id;
}

/**
 * Refuses a list that drops an absence with a pending or accepted justification, unless the viewer
 * is the school's staff (who decide justifications, and so may correct a roll call they rest on):
 * a teacher re-recording a slot would otherwise wipe what the family sent and the school accepted.
 * The dropped rows are locked first and their justifications read in a statement of their own, so
 * that a justification sent meanwhile is either seen here or finds its absence gone.
 */
async function guardJustifiedAbsences(tx: EntityManager, slot: SlotOfRollCall, rollCallId: string, studentIds: string[]): Promise<void> {
  const dropped = `a.roll_call_id = $1 AND a.school_year_id = $2 AND a.student_id <> ALL ($3::bigint[])`;
  const params = [rollCallId, slot.school_year_id, studentIds];
  await tx.query(`SELECT a.id FROM absence_record a WHERE ${dropped} FOR UPDATE OF a`, params);
  if (slot.corrects) return;
  const justified: { code: string }[] = await tx.query(
    `SELECT s.code_massar AS code FROM absence_record a JOIN absence_justification j ON j.id = a.justification_id JOIN student s ON s.id = a.student_id
     WHERE ${dropped} AND j.status IN ('PENDING', 'ACCEPTED') ORDER BY s.code_massar`,
    params,
  );
  if (!justified.length) return;
  const codesMassar = justified.map((r) => r.code);
  throw new DomainError(ErrorCode.CONFLICT, `These pupils' absences are justified or their justification waits for the school: ${codesMassar.join(', ')}. Only the school's staff may remove them`, {
    reason: Reason.ABSENCE_JUSTIFIED, codesMassar,
  });
}

const STATE = (late: string) => `CASE WHEN ${late} THEN 'LATE' ELSE 'ABSENT' END`;

/**
 * The roll call's absences made to match the list, in one statement: absences that stay keep
 * their row (and justification), those no longer listed go, new ones come; every change of a
 * pupil's state (PRESENT, ABSENT, LATE) is written to absence_audit, with the justification a
 * removed absence was detached from (a staff correction: guardJustifiedAbsences refuses it to others).
 */
async function replaceAbsences(
  tx: EntityManager, viewer: Viewer, slot: SlotOfRollCall, rollCallId: string, date: string, studentIds: string[], rows: RollCallRowInput[],
): Promise<void> {
  await tx.query(
    `WITH wanted AS (
       SELECT w.student_id, w.late, CASE WHEN w.late THEN coalesce(w.minutes_late, 0) ELSE $6::int END AS minutes
       FROM unnest($7::bigint[], $8::boolean[], $9::int[]) AS w(student_id, late, minutes_late)),
     old AS (SELECT a.id, a.student_id, a.late FROM absence_record a WHERE a.roll_call_id = $1 AND a.school_year_id = $2),
     removed AS (
       DELETE FROM absence_record a USING old o WHERE a.id = o.id AND a.school_year_id = $2 AND o.student_id NOT IN (SELECT student_id FROM wanted)
       RETURNING a.student_id, a.late, a.justification_id),
     changed AS (
       UPDATE absence_record a SET late = w.late, minutes = w.minutes FROM old o JOIN wanted w ON w.student_id = o.student_id
       WHERE a.id = o.id AND a.school_year_id = $2 AND (a.late, a.minutes) IS DISTINCT FROM (w.late, w.minutes)
       RETURNING a.student_id, o.late AS old_late, w.late AS new_late),
     added AS (
       INSERT INTO absence_record (school_id, school_year_id, term, roll_call_id, student_id, held_on, late, minutes)
       SELECT $3, $2, $4, $1, w.student_id, $5::date, w.late, w.minutes FROM wanted w WHERE w.student_id NOT IN (SELECT student_id FROM old)
       RETURNING student_id, late)
     INSERT INTO absence_audit (school_id, school_year_id, roll_call_id, student_id, old_state, new_state, justification_id, changed_by)
     SELECT $3, $2, $1, student_id, old_state, new_state, justification_id, $10 FROM (
       SELECT student_id, ${STATE('late')} AS old_state, 'PRESENT' AS new_state, justification_id FROM removed
       UNION ALL SELECT student_id, ${STATE('old_late')}, ${STATE('new_late')}, NULL::bigint FROM changed WHERE old_late <> new_late
       UNION ALL SELECT student_id, 'PRESENT', ${STATE('late')}, NULL::bigint FROM added) AS change`,
    [
      rollCallId, slot.school_year_id, slot.school_id, slot.term, date, slot.minutes,
      studentIds, rows.map((r) => r.late), rows.map((r) => r.minutesLate ?? null), viewer.accountId,
    ],
  );
}

/**
 * Records the roll call of one slot on one date, all or nothing: by the slot's teacher or the
 * school's staff; the date on the slot's weekday, within its term, not in the future; every code
 * a pupil of the class on that date. Recording again replaces the earlier one; dropping a justified
 * absence (pending or accepted) is the school's staff's alone (CONFLICT ABSENCE_JUSTIFIED). Returns the roll
 * call's id and year (its absences are read back under their rule).
 */
export async function recordRollCall(
  db: DataSource, viewer: Viewer, input: { slotId: number; date: string; absent: RollCallRowInput[] },
): Promise<{ rollCallId: string; yearId: number }> {
  checkDate(input.date, 'date');
  const codes = checkRows(input.absent);
  return db.transaction(async (tx) => {
    const slot = await slotForRollCall(tx, viewer, input.slotId, input.date, true);
    if (!slot.writable) throw forbidden(rollCallWriteRule.refusal);
    if (!slot.on_slot_day) throw badInput('date', Reason.NOT_A_SLOT_DAY, 'This date is not a day of the slot: its weekday, within its term, not in the future');
    if (codes.length > slot.capacity) throw badInput('absent', Reason.TOO_MANY_PUPILS, 'The list is longer than the class');
    const tooLate = input.absent.findIndex((r) => r.minutesLate != null && r.minutesLate >= slot.minutes);
    if (tooLate >= 0) {
      throw badRows([{ index: tooLate, codeMassar: codes[tooLate], reason: Reason.INVALID_MINUTES_LATE, message: 'A pupil late for the whole slot is absent' }]);
    }
    const studentIds = await pupilsOfCodes(tx, slot, input.date, codes);
    const rollCallId = await lockRollCall(tx, viewer, slot, input.date);
    await guardJustifiedAbsences(tx, slot, rollCallId, studentIds);
    await replaceAbsences(tx, viewer, slot, rollCallId, input.date, studentIds, input.absent);
    return { rollCallId, yearId: slot.school_year_id };
  });
}

/** A YYYY-MM-DD date that exists (2026-02-30 does not), else BAD_USER_INPUT naming the field. */
export function checkDate(date: string, field: string): string {
  const valid = /^\d{4}-\d{2}-\d{2}$/.test(date) && !Number.isNaN(Date.parse(`${date}T00:00:00Z`)) && new Date(`${date}T00:00:00Z`).toISOString().startsWith(date);
  if (!valid) throw badInput(field, CoreErrorReason.INVALID, 'A date looks like 2026-10-05');
  return date;
}
