import { createHash, randomBytes } from 'node:crypto';
import { type DataSource } from 'typeorm';

// Device cookies (OWASP, "Slow Down Online Guessing Attacks with Device Cookies"): a browser that
// logged in to an account gets a random token for it, stored hashed and bound to the account.
// Presenting it exempts a login to that account from the identifier's and the address's lockout,
// so guessers elsewhere cannot lock the real user out. Each device has its own, looser, budget of
// failures; a success replaces the device with a fresh one, so a copied cookie is worth at most
// MAX_FAILURES_PER_DEVICE guesses before its browser is throttled like any other.
export const DEVICE_DAYS = 180;
export const MAX_FAILURES_PER_DEVICE = 10;
/** One browser may be shared (a family's phone, a staff-room computer). */
export const MAX_DEVICES_PER_BROWSER = 5;
/** Browsers remembered per account; the oldest are forgotten first. */
const MAX_DEVICES_PER_ACCOUNT = 20;

const hashToken = (token: string) => createHash('sha256').update(token).digest();
/** A cookie is the client's to fill: no more tokens are looked at than a browser can hold. */
const hashesOf = (tokens: string[]) => tokens.slice(0, MAX_DEVICES_PER_BROWSER).map(hashToken);

/** The device of `accountId` among the tokens this browser presented, with this attempt counted. */
export async function admitDeviceAttempt(db: DataSource, accountId: number, tokens: string[]): Promise<number | null> {
  if (!tokens.length) return null;
  // One statement that counts and decides: concurrent attempts queue on the row and re-check
  // the budget, so no more than MAX_FAILURES_PER_DEVICE of them ever reach the password check.
  // (WITH … SELECT: TypeORM answers an UPDATE with [rows, count], a SELECT with the rows.)
  const rows: { id: string }[] = await db.query(
    `WITH counted AS (
       UPDATE login_device SET failures = failures + 1
       WHERE id = (SELECT id FROM login_device WHERE token_hash = ANY($1::bytea[]) AND account_id = $2 AND expires_at > now() ORDER BY id DESC LIMIT 1)
         AND failures < $3
       RETURNING id
     ) SELECT id FROM counted`,
    [hashesOf(tokens), accountId, MAX_FAILURES_PER_DEVICE],
  );
  return rows[0] ? Number(rows[0].id) : null;
}

/**
 * After a successful login: this account's device (if any) is replaced by a fresh one, and the
 * tokens the browser keeps are the new one plus its still valid ones for other accounts.
 */
export async function renewDevice(db: DataSource, accountId: number, presented: string[]): Promise<{ tokens: string[]; expires: Date }> {
  const token = randomBytes(32).toString('base64url');
  const expires = new Date(Date.now() + DEVICE_DAYS * 86_400_000);
  const hashes = hashesOf(presented);
  await db.query('DELETE FROM login_device WHERE account_id = $1 AND token_hash = ANY($2::bytea[])', [accountId, hashes]);
  await db.query('INSERT INTO login_device (token_hash, account_id, expires_at) VALUES ($1, $2, $3)', [hashToken(token), accountId, expires]);
  await db.query(
    `DELETE FROM login_device WHERE account_id = $1 AND id NOT IN (SELECT id FROM login_device WHERE account_id = $1 ORDER BY id DESC LIMIT $2)`,
    [accountId, MAX_DEVICES_PER_ACCOUNT],
  );
  const valid: { token_hash: Buffer }[] = await db.query('SELECT token_hash FROM login_device WHERE token_hash = ANY($1::bytea[]) AND expires_at > now()', [hashes]);
  const kept = new Set(valid.map((v) => v.token_hash.toString('hex')));
  const others = presented.filter((t) => kept.delete(hashToken(t).toString('hex')));
  return { tokens: [token, ...others].slice(0, MAX_DEVICES_PER_BROWSER), expires };
}

/** Devices past their lifetime are useless; called at login time, cheap with the index. */
export async function pruneDevices(db: DataSource): Promise<void> {
  await db.query('DELETE FROM login_device WHERE expires_at <= now()');
}
