import { type DataSource, type EntityManager } from 'typeorm';
import { requireAccess, requireVisible } from '../../core/auth/rules.js';
import { type Viewer } from '../../core/auth/viewer.js';
import { badInput, conflict, notFound } from '../../core/errors.js';
import { type Term, TermStatus } from './evaluation.enums.js';
import { EvaluationErrorReason } from './evaluation.errors.js';
import { forgetViewerMemory } from '../../core/database/viewer-memory.js';
import { publishResults, withdrawResults } from './published-results.service.js';
import { termManageRule } from './evaluation.access.js';
import { classRule } from '../schooling/schooling.access.js';

interface Transition {
  from: TermStatus[];
  to: TermStatus;
  /** SET clause recording who ($3, the account) and when. */
  stamp: string;
  refusal: { reason: EvaluationErrorReason; message: string };
  /** Runs in the same transaction, after the status change. */
  after?: (tx: EntityManager, classId: number, yearId: number, term: Term) => Promise<void>;
}

// OPEN → LOCKED (class council) → PUBLISHED (families see results); reopening needs a reason.
const LOCK: Transition = {
  from: [TermStatus.OPEN], to: TermStatus.LOCKED, stamp: 'locked_by = $3, locked_at = now()',
  refusal: { reason: EvaluationErrorReason.TERM_NOT_OPEN, message: 'Only an open term can be locked' },
};
const PUBLISH: Transition = {
  from: [TermStatus.LOCKED], to: TermStatus.PUBLISHED, stamp: 'published_by = $3, published_at = now()',
  refusal: { reason: EvaluationErrorReason.TERM_NOT_LOCKED, message: 'Lock the term before publishing its results' },
  // What families will read, frozen now (published-results.service.ts).
  after: publishResults,
};
const REOPEN: Transition = {
  from: [TermStatus.LOCKED, TermStatus.PUBLISHED], to: TermStatus.OPEN,
  stamp: 'reopened_by = $3, reopened_at = now(), published_by = NULL, published_at = NULL',
  refusal: { reason: EvaluationErrorReason.TERM_ALREADY_OPEN, message: 'This term is already open' },
  after: withdrawResults,
};

export const lockTerm = (db: DataSource, viewer: Viewer, classId: number, term: Term) => transition(db, viewer, classId, term, LOCK);
export const publishTerm = (db: DataSource, viewer: Viewer, classId: number, term: Term) => transition(db, viewer, classId, term, PUBLISH);
export function reopenTerm(db: DataSource, viewer: Viewer, classId: number, term: Term, reason: string) {
  // Length() counts spaces: a reason of blanks says nothing.
  const said = reason.trim();
  if (said.length < 3) return Promise.reject(badInput('reason', EvaluationErrorReason.REASON_REQUIRED, 'Say why the term is reopened'));
  return transition(db, viewer, classId, term, REOPEN, said);
}

async function transition(db: DataSource, viewer: Viewer, classId: number, term: Term, t: Transition, reason: string | null = null): Promise<TermStatus> {
  const status = await db.transaction(async (tx) => {
    await requireVisible(tx, viewer, classRule, [classId], 'Class');
    await requireAccess(tx, viewer, termManageRule, [classId]);
    // The row lock orders this after any grade write in flight on the term (they hold it FOR SHARE).
    const [current] = await tx.query(
      `INSERT INTO term_status (class_id, school_year_id, term, school_id)
       SELECT id, school_year_id, $2, school_id FROM school_class WHERE id = $1
       ON CONFLICT (class_id, school_year_id, term) DO UPDATE SET status = term_status.status
       RETURNING status, school_year_id`,
      [classId, term],
    );
    if (!current) throw notFound('Class');
    if (!t.from.includes(current.status)) throw conflict(t.refusal.reason, t.refusal.message);
    await tx.query(
      `UPDATE term_status SET status = $5, reopen_reason = coalesce($4::text, reopen_reason), ${t.stamp} WHERE class_id = $1 AND term = $2 AND school_year_id = $6`,
      [classId, term, viewer.accountId, reason, t.to, current.school_year_id],
    );
    await t.after?.(tx, classId, current.school_year_id, term);
    return t.to;
  });
  // After the commit: families on this replica see a publication or a reopening at once.
  forgetViewerMemory(db);
  return status;
}
