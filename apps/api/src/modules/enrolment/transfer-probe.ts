import { type DataSource } from 'typeorm';
import { type Viewer } from '../../core/auth/viewer.js';
import { DomainError, ErrorCode } from '../../core/errors.js';
import { EnrolmentErrorReason as Reason } from './enrolment.errors.js';

/**
 * A destination school names a pupil it cannot see by code Massar and birth date; unbounded,
 * a few hundred guesses of the date would reveal the pupil. Each such lookup is recorded before
 * it runs, on the pool (not in the request's transaction, which a NOT_FOUND rolls back), and
 * forgotten once it matched: what stays are the failures. Counting after the insert bounds
 * concurrent guesses too (the last of them sees all the others).
 */
export const PROBE_WINDOW_MINUTES = 60;
/** Failed lookups an account may make within the window. */
export const ACCOUNT_PROBES = 5;
/** Failed lookups all of a school's accounts may make within the window (a few secretaries). */
export const SCHOOL_PROBES = 10;

export interface Probe {
  id: string;
}

/**
 * Records a lookup by the viewer for its school, or refuses (RATE_LIMITED) when the account's or
 * the school's failures of the last hour are used up: before looking, so that the refusal says
 * nothing of whether this guess would have matched.
 */
export async function openProbe(db: DataSource, viewer: Viewer, schoolId: number): Promise<Probe> {
  await db.query(`DELETE FROM transfer_probe WHERE school_id = $1 AND probed_at < now() - make_interval(mins => $2)`, [schoolId, PROBE_WINDOW_MINUTES]);
  const [probe] = await db.query('INSERT INTO transfer_probe (account_id, school_id) VALUES ($1, $2) RETURNING id::text AS id', [viewer.accountId, schoolId]);
  const [used] = await db.query(
    `SELECT count(*) FILTER (WHERE account_id = $1)::int AS account, count(*) FILTER (WHERE school_id = $2)::int AS school,
            ceil(extract(epoch FROM min(probed_at) + make_interval(mins => $3) - now()))::int AS "retryAfter"
     FROM transfer_probe WHERE (account_id = $1 OR school_id = $2) AND probed_at >= now() - make_interval(mins => $3) AND id <> $4`,
    [viewer.accountId, schoolId, PROBE_WINDOW_MINUTES, probe.id],
  );
  if (used.account >= ACCOUNT_PROBES || used.school >= SCHOOL_PROBES) {
    // A refused attempt looked nothing up: it does not count.
    await closeProbe(db, probe);
    throw exhausted(Math.max(1, used.retryAfter ?? PROBE_WINDOW_MINUTES * 60));
  }
  return probe;
}

/** The lookup matched a pupil: not a failure. */
export async function closeProbe(db: DataSource, probe: Probe): Promise<void> {
  await db.query('DELETE FROM transfer_probe WHERE id = $1', [probe.id]);
}

function exhausted(seconds: number): DomainError {
  const minutes = Math.ceil(seconds / 60);
  return new DomainError(
    ErrorCode.RATE_LIMITED,
    `Too many pupils not found by code Massar and birth date in the last hour; try again in ${minutes} minute${minutes === 1 ? '' : 's'}, or ask the pupil's school to request the transfer`,
    { reason: Reason.TRANSFER_LOOKUPS_EXHAUSTED, retryAfterSeconds: seconds },
  );
}
