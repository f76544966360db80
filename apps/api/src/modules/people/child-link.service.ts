import { type DataSource } from 'typeorm';
import { forgetViewerMemory } from '../../core/database/viewer-memory.js';
import { notFound } from '../../core/errors.js';
import { type Relationship } from './guardian.entity.js';
import { PendingChildLink } from './child-link.type.js';

interface PendingRow {
  student_id: string;
  first_name: string;
  last_name: string;
  first_name_ar: string;
  last_name_ar: string;
  relationship: Relationship;
  name_fr: string;
  name_ar: string;
  requested_at: Date;
}

/** The links waiting for these guardians' confirmation, oldest first. */
export async function pendingChildLinks(db: DataSource, guardianIds: number[]): Promise<PendingChildLink[]> {
  const rows: PendingRow[] = await db.query(
    `SELECT sg.student_id, s.first_name, s.last_name, s.first_name_ar, s.last_name_ar, sg.relationship,
            sc.name_fr, sc.name_ar, sg.requested_at
     FROM student_guardian sg JOIN student s ON s.id = sg.student_id JOIN school sc ON sc.id = sg.school_id
     WHERE sg.guardian_id = ANY($1::bigint[]) AND sg.confirmed_at IS NULL AND sg.declined_at IS NULL
     ORDER BY sg.requested_at, sg.student_id`,
    [guardianIds],
  );
  return rows.map((r) =>
    Object.assign(new PendingChildLink(), {
      studentId: String(r.student_id),
      firstName: r.first_name,
      lastName: r.last_name,
      firstNameAr: r.first_name_ar,
      lastNameAr: r.last_name_ar,
      relationship: r.relationship,
      schoolNameFr: r.name_fr,
      schoolNameAr: r.name_ar,
      requestedAt: r.requested_at,
    }),
  );
}

/**
 * Confirms (the child then reaches the parent's account) or declines a link waiting for one of
 * these guardians (the caller's). Anything else — another parent's link, one already decided, a made-up id — is
 * NOT_FOUND, the same answer whether or not it exists.
 */
export async function decideChildLink(db: DataSource, guardianIds: number[], studentId: number, confirm: boolean): Promise<void> {
  const [{ n }] = await db.query(
    `WITH decided AS (
       UPDATE student_guardian SET ${confirm ? 'confirmed_at' : 'declined_at'} = now()
       WHERE student_id = $1 AND guardian_id = ANY($2::bigint[]) AND confirmed_at IS NULL AND declined_at IS NULL RETURNING 1
     ) SELECT count(*)::int AS n FROM decided`,
    [studentId, guardianIds],
  );
  if (!n) throw notFound('Pending link');
  // The parent's children change: seen at once on this replica.
  forgetViewerMemory(db);
}
