import { type DataSource } from 'typeorm';
import { throttleAddressKey } from '../../core/auth/client-address.js';
import { admitDeviceAttempt, pruneDevices, renewDevice } from '../../core/auth/device.service.js';
import { type AccountRow, createSession, deleteSession, toViewer } from '../../core/auth/session.service.js';
import { getDummyHash, verifyPassword } from '../../core/auth/password.js';
import { type Admission, admitAttempt, pruneCounters, releaseAttempt } from '../../core/auth/throttle.service.js';
import { type Viewer } from '../../core/auth/viewer.js';
import { DomainError, ErrorCode } from '../../core/errors.js';
import { looksLikeCodeMassar } from './code-massar.js';

export interface LoginRequest {
  identifier: string;
  password: string;
  address: string;
  sessionDays: number;
  /** The device tokens this browser presented (massar_device cookie). */
  deviceTokens: string[];
}

export interface LoginResult {
  viewer: Viewer;
  token: string;
  expires: Date;
  /** What the browser's device cookie holds from now on. */
  device: { tokens: string[]; expires: Date };
}

/**
 * Checks the credentials and opens a session. A browser that logged in to this account before is
 * throttled by its own device counter; any other attempt per identifier and per address. The
 * attempt is counted before the password is checked, so concurrent guesses cannot pass the limit.
 */
export async function login(db: DataSource, req: LoginRequest): Promise<LoginResult> {
  const identifier = req.identifier.trim().toLowerCase();
  const account = await findAccount(db, identifier);
  const device = account ? await admitDeviceAttempt(db, account.id, req.deviceTokens) : null;
  let admission: Admission | null = null;
  if (device === null) {
    const decision = await admitAttempt(db, { identifier, address: throttleAddressKey(req.address) });
    if (!decision.admitted) throw rateLimited(decision.retryAt);
    admission = decision.admission;
  }
  const ok = await verifyPassword(account?.password_hash ?? (await getDummyHash()), req.password);
  // A failure stays counted (on the device, or on the identifier and address).
  if (!account || !ok) {
    throw new DomainError(ErrorCode.UNAUTHENTICATED, 'Wrong identifier or password', { reason: 'INVALID_CREDENTIALS' });
  }
  if (admission) await releaseAttempt(db, admission);
  const renewed = await renewDevice(db, account.id, req.deviceTokens);
  await pruneCounters(db);
  await pruneDevices(db);
  const { token, expires } = await createSession(db, account.id, req.sessionDays);
  return { viewer: toViewer(account), token, expires, device: renewed };
}

function rateLimited(retryAt: Date): DomainError {
  const seconds = Math.max(1, Math.ceil((retryAt.getTime() - Date.now()) / 1000));
  const minutes = Math.ceil(seconds / 60);
  return new DomainError(
    ErrorCode.RATE_LIMITED,
    `Too many failed login attempts; try again in ${minutes} minute${minutes === 1 ? '' : 's'}, or from a browser you logged in with before`,
    { reason: 'RATE_LIMITED', retryAfterSeconds: seconds },
  );
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
