import { type DataSource } from 'typeorm';
import { reach } from '../../core/auth/rules.js';
import { type Viewer } from '../../core/auth/viewer.js';
import { badInput, conflict, forbidden, notFound } from '../../core/errors.js';
import { absenceColumns, justificationReached } from './absence.loaders.js';
import { type JustificationReason, JustificationStatus } from './absence.types.js';
import { decodeAttachment } from './justification-attachment.js';
import { absenceRule, decideJustificationRule, justifyRule } from './schooltime.access.js';
import { SchoolTimeErrorReason as Reason } from './schooltime.errors.js';

/** Justifications of one pupil waiting for the school at once: a family cannot flood the inbox. */
export const MAX_PENDING_PER_PUPIL = 10;

/** Advisory lock class of a pupil's justifications (the pending count is checked under it). */
const JUSTIFICATION_LOCK = 1_764_510;

export interface JustifyInput {
  absenceIds: number[];
  reason: JustificationReason;
  note?: string | null;
  attachment?: { contentType: string; base64: string } | null;
}

interface LockedAbsence { id: string; student_id: string; school_id: number; school_year_id: number; visible: boolean; may: boolean }

const trimmed = (text: string | null | undefined) => text?.trim() || null;

/**
 * A justification of absences of one pupil at one school, by the family or the school's staff;
 * waits for the school's decision (PENDING). Refused: an absence already justified (accepted) or
 * waiting (pending), and more than MAX_PENDING_PER_PUPIL waiting for the pupil. The attachment is
 * checked before anything is read. Returns the justification's id.
 */
export async function justifyAbsence(db: DataSource, viewer: Viewer, input: JustifyInput): Promise<string> {
  const attachment = input.attachment ? decodeAttachment(input.attachment) : null;
  const ids = [...new Set(input.absenceIds)];
  return db.transaction(async (tx) => {
    const rows: LockedAbsence[] = await tx.query(
      `SELECT a.id::text AS id, a.student_id::text AS student_id, a.school_id, a.school_year_id,
              ${reach(absenceRule, viewer, absenceColumns)} AS visible,
              ${reach(justifyRule, viewer, { studentId: 'a.student_id', schoolId: 'a.school_id' })} AS may
       FROM absence_record a JOIN roll_call rc ON rc.id = a.roll_call_id AND rc.school_year_id = a.school_year_id
       WHERE a.id = ANY($1::bigint[]) ORDER BY a.id FOR UPDATE OF a`,
      [ids],
    );
    if (rows.length !== ids.length || rows.some((r) => !r.visible)) throw notFound('Absence');
    if (rows.some((r) => !r.may)) throw forbidden(justifyRule.refusal);
    const [{ student_id: studentId, school_id: schoolId }] = rows;
    if (rows.some((r) => r.student_id !== studentId || r.school_id !== schoolId)) {
      throw badInput('absenceIds', Reason.SEVERAL_PUPILS, 'One justification covers absences of one pupil at one school');
    }
    // Read once the rows are locked, in a statement of its own: a justification sent meanwhile is seen.
    const [{ taken }] = await tx.query(
      `SELECT EXISTS (SELECT 1 FROM absence_record a JOIN absence_justification j ON j.id = a.justification_id
       WHERE a.id = ANY($1::bigint[]) AND j.status IN ('PENDING', 'ACCEPTED')) AS taken`,
      [ids],
    );
    if (taken) throw conflict(Reason.ALREADY_JUSTIFIED, 'An absence is already justified, or its justification waits for the school');
    await tx.query('SELECT pg_advisory_xact_lock($1, $2::int)', [JUSTIFICATION_LOCK, Number(studentId)]);
    // Only those still covering an absence: one the school's staff emptied by correcting a roll call waits for nothing.
    const [{ pending }] = await tx.query(
      `SELECT count(*)::int AS pending FROM absence_justification j WHERE j.student_id = $1 AND j.status = 'PENDING'
       AND EXISTS (SELECT 1 FROM absence_record a WHERE a.justification_id = j.id)`,
      [studentId],
    );
    if (pending >= MAX_PENDING_PER_PUPIL) throw conflict(Reason.TOO_MANY_PENDING, 'Too many justifications of this pupil wait for the school\'s decision');
    const [{ id }] = await tx.query(
      `INSERT INTO absence_justification (school_id, student_id, reason, note, submitted_by) VALUES ($1, $2, $3, $4, $5) RETURNING id::text AS id`,
      [schoolId, studentId, input.reason, trimmed(input.note), viewer.accountId],
    );
    if (attachment) {
      await tx.query(
        'INSERT INTO absence_justification_attachment (justification_id, content_type, byte_size, content) VALUES ($1, $2, $3, $4)',
        [id, attachment.contentType, attachment.bytes.length, attachment.bytes],
      );
    }
    await tx.query('UPDATE absence_record SET justification_id = $1 WHERE id = ANY($2::bigint[]) AND school_year_id = ANY($3::smallint[])', [
      id, ids, [...new Set(rows.map((r) => r.school_year_id))],
    ]);
    return id;
  });
}

/** Accepts or refuses (with a reason) a pending justification: the school's staff only. */
export async function decideJustification(db: DataSource, viewer: Viewer, id: number, input: { accept: boolean; reason?: string | null }): Promise<void> {
  const reason = trimmed(input.reason);
  if (!input.accept && !reason) throw badInput('reason', Reason.DECISION_REASON_REQUIRED, 'Say why the justification is refused');
  await db.transaction(async (tx) => {
    const [row]: { status: JustificationStatus; visible: boolean; may: boolean }[] = await tx.query(
      `SELECT j.status, ${justificationReached(viewer)} AS visible, ${reach(decideJustificationRule, viewer, 'j.school_id')} AS may
       FROM absence_justification j WHERE j.id = $1 FOR UPDATE OF j`,
      [id],
    );
    if (!row?.visible) throw notFound('Justification');
    if (!row.may) throw forbidden(decideJustificationRule.refusal);
    if (row.status !== JustificationStatus.PENDING) throw conflict(Reason.JUSTIFICATION_DECIDED, 'This justification was decided already');
    await tx.query(
      'UPDATE absence_justification SET status = $2, decision_reason = $3, decided_by = $4, decided_at = now() WHERE id = $1',
      [id, input.accept ? JustificationStatus.ACCEPTED : JustificationStatus.REFUSED, reason, viewer.accountId],
    );
  });
}
