import { createHash, randomBytes } from 'node:crypto';
import { LRUCache } from 'lru-cache';
import { type DataSource } from 'typeorm';
import { preparedQuery } from '../database/prepared-query.js';
import { grantsFor } from './grants.js';
import { type Role, type Viewer } from './viewer.js';

const hashToken = (token: string) => createHash('sha256').update(token).digest();

/** Sessions live in PostgreSQL: any replica can answer any request. Only a hash is stored. */
export async function createSession(db: DataSource, accountId: number, days: number): Promise<{ token: string; expires: Date }> {
  const token = randomBytes(32).toString('base64url');
  const expires = new Date(Date.now() + days * 86_400_000);
  await db.query('INSERT INTO session (token_hash, account_id, expires_at) VALUES ($1, $2, $3)', [hashToken(token), accountId, expires]);
  return { token, expires };
}

/**
 * How long a replica answers a session from memory. A results evening is thousands of parents
 * each sending a few requests within seconds: without this, every request starts with a
 * statement. The price: a session ended on another replica (logout) or an account changed there
 * still works here for at most this long; on this replica, logout forgets it at once.
 */
export const SESSION_MEMORY_MS = 30_000;

const remembered = new LRUCache<string, Viewer>({ max: 100_000, ttl: SESSION_MEMORY_MS });

export async function deleteSession(db: DataSource, token: string): Promise<void> {
  const hash = hashToken(token);
  remembered.delete(hash.toString('base64'));
  await db.query('DELETE FROM session WHERE token_hash = $1', [hash]);
  // Again: a request that read the session while it was being deleted may have remembered it.
  remembered.delete(hash.toString('base64'));
}

/** The viewer of a session token, or null for an unknown or expired one (never remembered). */
export async function viewerForToken(db: DataSource, token: string): Promise<Viewer | null> {
  const hash = hashToken(token);
  const key = hash.toString('base64');
  const known = remembered.get(key);
  if (known) return known;
  const rows = await preparedQuery<AccountRow & { expires_at: Date }>(
    db,
    `SELECT a.id, a.role, a.display_name, a.email, a.region_id, a.province_id, a.school_id,
            a.staff_member_id, a.guardian_id, a.student_id, s.expires_at
     FROM session s JOIN account a ON a.id = s.account_id
     WHERE s.token_hash = $1 AND s.expires_at > now()`,
    [hash],
  );
  // What is left of it, to the millisecond: nothing left is no session (and a ttl of 0 would be "forever").
  const left = rows[0] ? rows[0].expires_at.getTime() - Date.now() : 0;
  if (left <= 0) return null;
  // Shared by every request of this session from now on: frozen, so none can alter another's.
  const viewer = Object.freeze({ ...toViewer(rows[0]), grants: Object.freeze(toViewer(rows[0]).grants) as Viewer['grants'] });
  // Never past the session's own end.
  remembered.set(key, viewer, { ttl: Math.min(SESSION_MEMORY_MS, left) });
  return viewer;
}

export interface AccountRow {
  id: number;
  role: Role;
  display_name: string;
  email: string | null;
  region_id: number | null;
  province_id: number | null;
  school_id: number | null;
  staff_member_id: number | null;
  guardian_id: string | number | null;
  student_id: string | number | null;
}

const num = (v: string | number | null) => (v === null ? null : Number(v));

export function toViewer(row: AccountRow): Viewer {
  const ids = {
    regionId: row.region_id,
    provinceId: row.province_id,
    schoolId: row.school_id,
    staffMemberId: row.staff_member_id,
    guardianId: num(row.guardian_id),
    studentId: num(row.student_id),
  };
  return { accountId: row.id, role: row.role, displayName: row.display_name, email: row.email, grants: grantsFor(row.role, ids) };
}
