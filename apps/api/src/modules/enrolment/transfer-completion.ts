import { type EntityManager } from 'typeorm';
import { type Viewer } from '../../core/auth/viewer.js';
import { badInput, conflict } from '../../core/errors.js';
import { type ClassRow, insertEnrolment } from './enrolment.service.js';
import { EnrolmentErrorReason as Reason } from './enrolment.errors.js';
import { TransferApprover, TransferSide } from './transfer.deciders.js';
import { type TransferRecord } from './transfer.loaders.js';
import { onRoster } from './roster.js';

interface Placement {
  levelId: number;
  streamId: number | null;
}

/**
 * The last approval is in: the pupil leaves the origin and is enrolled at the destination, in
 * the caller's transaction (a refusal below rolls the approval back too). The pupil's ACTIVE
 * enrolment is locked already (lockTransfer), so a concurrent decision for the same pupil waits
 * here and then finds them gone (PUPIL_MOVED) or its transfer cancelled.
 */
export async function completeTransfer(tx: EntityManager, viewer: Viewer, t: TransferRecord, side: TransferSide, classId?: number): Promise<void> {
  const [current] = await lockActiveEnrolment(tx, String(t.student_id), t.school_year_id);
  if (!current || current.school_id !== t.from_school_id) throw conflict(Reason.PUPIL_MOVED, 'The pupil is no longer enrolled at the origin school');
  const destinationChooses = side === TransferSide.DESTINATION && t.destination_approver === TransferApprover.SCHOOL;
  if (classId !== undefined && !destinationChooses) throw badInput('classId', Reason.CLASS_NOT_AT_DESTINATION, 'Only the destination school chooses the class');
  await tx.query(
    `UPDATE enrolment SET status = 'TRANSFERRED', ended_on = current_date WHERE id = $1 AND school_year_id = $2`,
    [current.id, t.school_year_id],
  );
  await dropLaterRegistrations(tx, String(t.student_id), t.school_year_id);
  const placement = { levelId: current.level_id, streamId: current.stream_id };
  const cls = classId !== undefined ? await chosenClass(tx, t, placement, classId) : await leastFilledClass(tx, t, placement);
  const enrolment = await insertEnrolment(tx, String(t.student_id), cls);
  await tx.query(
    `UPDATE transfer SET status = 'COMPLETED', decided_at = now(), decided_by = $2, enrolment_id = $3 WHERE id = $1`,
    [t.id, viewer.accountId, enrolment.id],
  );
  // The pupil is in one school: the other requests for them are moot.
  await tx.query(
    `UPDATE transfer SET status = 'CANCELLED', decided_at = now(), decided_by = $3
     WHERE student_id = $1 AND id <> $2 AND status IN ('REQUESTED', 'APPROVED')`,
    [t.student_id, t.id, viewer.accountId],
  );
}

/**
 * A registration for a later year (a rollover or a collective move made before the transfer)
 * would keep the pupil's later school "current" (currentSchoolOf ranks the latest year first):
 * the school they left would go on reading what the destination records. Such a registration has
 * not started: it is removed with the move; one that already holds grades refuses the transfer.
 */
async function dropLaterRegistrations(tx: EntityManager, studentId: string, yearId: number): Promise<void> {
  const later: { id: string; school_year_id: number; graded: boolean }[] = await tx.query(
    `SELECT e.id, e.school_year_id, EXISTS (SELECT 1 FROM grade g JOIN assessment a ON a.id = g.assessment_id
       WHERE a.class_id = e.class_id AND g.student_id = e.student_id) AS graded
     FROM enrolment e JOIN school_year y ON y.id = e.school_year_id
     WHERE e.student_id = $1 AND e.status = 'ACTIVE' AND y.starts_on > (SELECT starts_on FROM school_year WHERE id = $2)
     FOR UPDATE OF e`,
    [studentId, yearId],
  );
  if (later.some((e) => e.graded)) throw conflict(Reason.PUPIL_MOVED, 'The pupil already has grades in a later school year');
  for (const e of later) await tx.query('DELETE FROM enrolment WHERE id = $1 AND school_year_id = $2', [e.id, e.school_year_id]);
}

/** The pupil's ACTIVE enrolment of the year (none, or one: the database says so), FOR UPDATE. */
export function lockActiveEnrolment(tx: EntityManager, studentId: string, yearId: number) {
  return tx.query(
    `SELECT e.id, e.school_id, e.class_id, c.level_id, c.stream_id FROM enrolment e JOIN school_class c ON c.id = e.class_id
     WHERE e.student_id = $1 AND e.school_year_id = $2 AND e.status = 'ACTIVE' FOR UPDATE OF e`,
    [studentId, yearId],
  ) as Promise<{ id: string; school_id: number; class_id: number; level_id: number; stream_id: number | null }[]>;
}

const CLASS_COLUMNS = `c.id, c.name, c.school_id, c.school_year_id, c.level_id, c.capacity, p.region_id
  FROM school_class c JOIN school sc ON sc.id = c.school_id JOIN province p ON p.id = sc.province_id`;
const SAME_PLACEMENT = 'c.school_id = $1 AND c.school_year_id = $2 AND c.level_id = $3 AND c.stream_id IS NOT DISTINCT FROM $4::smallint';

/** The class the destination chose: one of its own, of the pupil's year, level and stream, locked. */
async function chosenClass(tx: EntityManager, t: TransferRecord, p: Placement, classId: number): Promise<ClassRow> {
  const [cls] = await tx.query(
    `SELECT ${CLASS_COLUMNS} WHERE ${SAME_PLACEMENT} AND c.id = $5 FOR UPDATE OF c`,
    [t.to_school_id, t.school_year_id, p.levelId, p.streamId, classId],
  );
  if (!cls) throw badInput('classId', Reason.CLASS_NOT_AT_DESTINATION, 'Not a class of the destination for this pupil\'s level and year');
  return cls;
}

/**
 * The least-filled class of the pupil's level (and stream) at the destination with a free seat.
 * Every candidate is locked (in id order, as lockClass does one), so that no enrolment slips in
 * between the count and the insert.
 */
async function leastFilledClass(tx: EntityManager, t: TransferRecord, p: Placement): Promise<ClassRow> {
  const candidates: ClassRow[] = await tx.query(
    `SELECT ${CLASS_COLUMNS} WHERE ${SAME_PLACEMENT} ORDER BY c.id FOR UPDATE OF c`,
    [t.to_school_id, t.school_year_id, p.levelId, p.streamId],
  );
  const counts: { class_id: number; n: number }[] = candidates.length
    ? await tx.query(
      `SELECT e.class_id, count(*)::int AS n FROM enrolment e WHERE e.class_id = ANY($1::int[]) AND e.school_year_id = $2 AND ${onRoster('e')} GROUP BY e.class_id`,
      [candidates.map((c) => c.id), t.school_year_id],
    )
    : [];
  const filled = (c: ClassRow) => counts.find((n) => n.class_id === c.id)?.n ?? 0;
  const withRoom = candidates.filter((c) => filled(c) < c.capacity).sort((a, b) => filled(a) - filled(b) || a.name.localeCompare(b.name));
  if (!withRoom.length) throw conflict(Reason.NO_ROOM_AT_DESTINATION, 'No class of this pupil\'s level at the destination has a free seat');
  return withRoom[0];
}
