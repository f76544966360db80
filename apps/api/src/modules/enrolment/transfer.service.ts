import { type DataSource, type EntityManager } from 'typeorm';
import { Permission, ScopeKind, scopeIds } from '../../core/auth/grants.js';
import { requireVisible } from '../../core/auth/rules.js';
import { type Viewer } from '../../core/auth/viewer.js';
import { badInput, conflict, forbidden, notFound } from '../../core/errors.js';
import { normalizeCodeMassar } from '../people/code-massar.js';
import { studentRule } from '../people/people.access.js';
import { currentSchoolYear } from '../schooling/school-year.service.js';
import { EnrolmentErrorReason as Reason } from './enrolment.errors.js';
import { transferApprovalRule, transferCancelRule } from './enrolment.access.js';
import { approvalsNeeded, TransferSide } from './transfer.deciders.js';
import { type TransferRecord, transferReached, transferSelect } from './transfer.loaders.js';
import { completeTransfer, lockActiveEnrolment } from './transfer-completion.js';
import { closeProbe, openProbe } from './transfer-probe.js';

interface SchoolPlace {
  id: number;
  provinceId: number;
  regionId: number;
}

interface PupilNow {
  id: string;
  /** The ACTIVE enrolment of the year, if any: its school, class level and stream. */
  schoolId: number | null;
  levelId: number | null;
  streamId: number | null;
}

const trimmed = (text: string | undefined) => text?.trim() || null;

/**
 * A transfer asked for by the origin (the pupil's school now) or by the destination. The
 * destination cannot see the pupil yet: it names them by code Massar and birth date, and a wrong
 * pair answers exactly as an unknown code. Returns the new transfer's id.
 */
export async function requestTransfer(
  db: DataSource, viewer: Viewer, input: { codeMassar: string; toSchoolCode: string; reason?: string; birthDate?: string },
): Promise<number> {
  const code = normalizeCodeMassar(input.codeMassar);
  const registry = scopeIds(viewer.grants, Permission.REGISTRY_WRITE, ScopeKind.SCHOOL);
  const year = await currentSchoolYear(db);
  if (!year) throw notFound('Pupil');
  const to = await schoolByCode(db, input.toSchoolCode);
  const side = registry.includes(to.id) ? TransferSide.DESTINATION : TransferSide.ORIGIN;
  // The destination's lookups are counted, failures kept outside the transaction (transfer-probe.ts).
  const probe = side === TransferSide.DESTINATION ? await openProbe(db, viewer, to.id) : null;
  let matched = false;
  try {
    return await db.transaction(async (tx) => {
      const found = await findPupil(tx, viewer, code, side, input.birthDate);
      matched = true;
      return insertTransfer(tx, viewer, found, to, side, year, input.reason);
    });
  } finally {
    if (probe && matched) await closeProbe(db, probe);
  }
}

/**
 * The pupil named by code: the destination may name one it cannot see with the birth date; a
 * wrong pair answers as an unknown code (NOT_FOUND), as does a pupil out of the viewer's sight.
 */
async function findPupil(tx: EntityManager, viewer: Viewer, code: string, side: TransferSide, birthDate: string | undefined): Promise<string> {
  const [student]: { id: string; birthDate: string }[] = await tx.query(
    'SELECT s.id::text AS id, s.birth_date::text AS "birthDate" FROM student s WHERE s.code_massar = $1', [code]);
  if (!student) throw notFound('Pupil');
  const knowsPupil = side === TransferSide.DESTINATION && student.birthDate === birthDate;
  if (!knowsPupil) await requireVisible(tx, viewer, studentRule, [student.id], 'Pupil');
  return student.id;
}

/** The request itself, once the pupil is known: who asks, whether the destination can take them, who must decide. */
async function insertTransfer(
  tx: EntityManager, viewer: Viewer, studentId: string, to: SchoolPlace, side: TransferSide, year: { id: number; name: string }, reason: string | undefined,
): Promise<number> {
  const registry = scopeIds(viewer.grants, Permission.REGISTRY_WRITE, ScopeKind.SCHOOL);
  const pupil = await pupilNow(tx, studentId, year.id);
  if (side === TransferSide.ORIGIN && pupil.schoolId !== null && !registry.includes(pupil.schoolId)) {
    throw forbidden('Only the school this pupil is enrolled in, or the school they go to, may ask for a transfer');
  }
  if (pupil.schoolId === null) throw conflict(Reason.NOT_ENROLLED, `This pupil has no active enrolment in ${year.name}`);
  if (pupil.schoolId === to.id) throw badInput('toSchoolCode', Reason.SAME_SCHOOL, 'The pupil is already enrolled in this school');
  await checkDestinationTeachesLevel(tx, to.id, year.id, pupil);
  const from = await schoolById(tx, pupil.schoolId);
  const needed = approvalsNeeded(from, to, side);
  const [row] = await tx.query(
    `INSERT INTO transfer (student_id, from_school_id, to_school_id, school_year_id, reason, requested_by, requested_by_side, origin_approver, destination_approver)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
     ON CONFLICT (student_id, to_school_id) WHERE status IN ('REQUESTED', 'APPROVED') DO NOTHING RETURNING id`,
    [pupil.id, from.id, to.id, year.id, trimmed(reason), viewer.accountId, side, needed.origin, needed.destination],
  );
  if (!row) throw conflict(Reason.TRANSFER_PENDING, 'A transfer of this pupil to this school is already pending');
  return Number(row.id);
}

/** Any school, by code: the destination is named, not read (its rows stay under their rules). */
async function schoolByCode(tx: DataSource | EntityManager, code: string): Promise<SchoolPlace> {
  const [row] = await tx.query(
    'SELECT sc.id, sc.province_id AS "provinceId", p.region_id AS "regionId" FROM school sc JOIN province p ON p.id = sc.province_id WHERE sc.code = $1',
    [code.trim().toUpperCase()],
  );
  if (!row) throw notFound('School');
  return row;
}

async function schoolById(tx: EntityManager, id: number): Promise<SchoolPlace> {
  const [row] = await tx.query(
    'SELECT sc.id, sc.province_id AS "provinceId", p.region_id AS "regionId" FROM school sc JOIN province p ON p.id = sc.province_id WHERE sc.id = $1',
    [id],
  );
  return row;
}

/**
 * The pupil's ACTIVE enrolment of the year, locked: every transfer write for a pupil
 * takes this lock first (then the transfer rows), so that concurrent decisions queue.
 */
async function pupilNow(tx: EntityManager, studentId: string, yearId: number): Promise<PupilNow> {
  const [enrolment] = await lockActiveEnrolment(tx, studentId, yearId);
  return { id: studentId, schoolId: enrolment?.school_id ?? null, levelId: enrolment?.level_id ?? null, streamId: enrolment?.stream_id ?? null };
}

async function checkDestinationTeachesLevel(tx: EntityManager, schoolId: number, yearId: number, pupil: PupilNow): Promise<void> {
  const [{ found }] = await tx.query(
    `SELECT EXISTS (SELECT 1 FROM school_class c WHERE c.school_id = $1 AND c.school_year_id = $2 AND c.level_id = $3
       AND c.stream_id IS NOT DISTINCT FROM $4::smallint) AS found`,
    [schoolId, yearId, pupil.levelId, pupil.streamId],
  );
  if (!found) throw conflict(Reason.NO_CLASS_FOR_LEVEL, 'The destination has no class of this pupil\'s level this year');
}

/**
 * A transfer in the viewer's reach (NOT_FOUND otherwise), locked after the pupil's ACTIVE
 * enrolment (the lock order of every transfer write), with what the viewer may do on it.
 */
async function lockTransfer(tx: EntityManager, viewer: Viewer, id: number): Promise<TransferRecord> {
  const [peek] = await tx.query(`SELECT t.student_id, t.school_year_id FROM transfer t WHERE t.id = $1 AND ${transferReached(viewer)}`, [id]);
  if (!peek) throw notFound('Transfer');
  await lockActiveEnrolment(tx, String(peek.student_id), peek.school_year_id);
  const [row] = await tx.query(`SELECT ${transferSelect(viewer)} FROM transfer t WHERE t.id = $1 FOR UPDATE OF t`, [id]);
  return row;
}

const isPending = (t: TransferRecord) => t.status === 'REQUESTED' || t.status === 'APPROVED';

/**
 * Approves the viewer's side, or refuses (with a reason). The last approval completes the
 * transfer in the same transaction (transfer-completion.ts): all of it, or nothing.
 */
export async function decideTransfer(
  db: DataSource, viewer: Viewer, id: number, input: { approve: boolean; reason?: string; classId?: number },
): Promise<void> {
  const refusal = trimmed(input.reason);
  if (!input.approve && !refusal) throw badInput('reason', Reason.REFUSAL_REASON_REQUIRED, 'Say why the transfer is refused');
  await db.transaction(async (tx) => {
    const t = await lockTransfer(tx, viewer, id);
    const side = t.can_origin ? TransferSide.ORIGIN : t.can_destination ? TransferSide.DESTINATION : null;
    if (!side) throw forbidden(transferApprovalRule.refusal);
    if (!isPending(t)) throw conflict(Reason.TRANSFER_NOT_PENDING, 'This transfer is no longer pending');
    if (!input.approve) {
      await tx.query(
        `UPDATE transfer SET status = 'REFUSED', refusal_reason = $2, decided_at = now(), decided_by = $3 WHERE id = $1`,
        [id, refusal, viewer.accountId],
      );
      return;
    }
    const approvedAt = side === TransferSide.ORIGIN ? t.origin_approved_at : t.destination_approved_at;
    if (approvedAt) throw conflict(Reason.ALREADY_APPROVED, 'Your side has approved this transfer already');
    const column = side === TransferSide.ORIGIN ? 'origin' : 'destination';
    await tx.query(
      `UPDATE transfer SET ${column}_approved_at = now(), ${column}_approved_by = $2, status = 'APPROVED' WHERE id = $1`,
      [id, viewer.accountId],
    );
    const otherWaits = side === TransferSide.ORIGIN ? t.destination_approver && !t.destination_approved_at : t.origin_approver && !t.origin_approved_at;
    if (!otherWaits) await completeTransfer(tx, viewer, t, side, input.classId);
  });
}

/** Cancels a pending transfer: the school that asked only. Nothing else changes. */
export async function cancelTransfer(db: DataSource, viewer: Viewer, id: number): Promise<void> {
  await db.transaction(async (tx) => {
    const t = await lockTransfer(tx, viewer, id);
    if (!t.can_cancel) throw forbidden(transferCancelRule.refusal);
    if (!isPending(t)) throw conflict(Reason.TRANSFER_NOT_PENDING, 'This transfer is no longer pending');
    await tx.query(`UPDATE transfer SET status = 'CANCELLED', decided_at = now(), decided_by = $2 WHERE id = $1`, [id, viewer.accountId]);
  });
}
