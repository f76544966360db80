import { type DataSource } from 'typeorm';
import { type AccountRow, createSession, deleteSession, toViewer } from '../../core/auth/session.service.js';
import { getDummyHash, verifyPassword } from '../../core/auth/password.js';
import { clearFailures, isThrottled, pruneFailures, recordFailure } from '../../core/auth/throttle.service.js';
import { type Viewer } from '../../core/auth/viewer.js';
import { DomainError, ErrorCode } from '../../core/errors.js';
import { looksLikeCodeMassar } from './code-massar.js';

export interface LoginRequest {
  identifier: string;
  password: string;
  address: string;
  sessionDays: number;
}

/** Checks the credentials (throttled per identifier and per address) and opens a session. */
export async function login(db: DataSource, req: LoginRequest): Promise<{ viewer: Viewer; token: string; expires: Date }> {
  const identifier = req.identifier.trim().toLowerCase();
  const keys = { identifier, address: req.address };
  if (await isThrottled(db, keys)) {
    throw new DomainError(ErrorCode.RATE_LIMITED, 'Too many failed attempts; try again in a few minutes', { reason: 'RATE_LIMITED' });
  }
  const account = await findAccount(db, identifier);
  const ok = await verifyPassword(account?.password_hash ?? (await getDummyHash()), req.password);
  if (!account || !ok) {
    await recordFailure(db, keys);
    throw new DomainError(ErrorCode.UNAUTHENTICATED, 'Wrong identifier or password', { reason: 'INVALID_CREDENTIALS' });
  }
  await clearFailures(db, keys);
  await pruneFailures(db);
  const { token, expires } = await createSession(db, account.id, req.sessionDays);
  return { viewer: toViewer(account), token, expires };
}

export const logout = (db: DataSource, token: string) => deleteSession(db, token);

async function findAccount(db: DataSource, identifier: string): Promise<(AccountRow & { password_hash: string }) | undefined> {
  const select = `SELECT a.id, a.role, a.display_name, a.email, a.region_id, a.province_id, a.school_id,
                         a.staff_member_id, a.guardian_id, a.student_id, a.password_hash FROM account a`;
  const rows = looksLikeCodeMassar(identifier)
    ? await db.query(`${select} JOIN student s ON s.id = a.student_id WHERE s.code_massar = $1`, [identifier.toUpperCase()])
    : await db.query(`${select} WHERE a.email = $1`, [identifier]);
  return rows[0];
}
