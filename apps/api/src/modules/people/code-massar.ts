import { parseCodeMassar } from '@massar/rules';
import { type DataSource, type EntityManager } from 'typeorm';
import { badInput } from '../../core/errors.js';

// The format itself is shared with the apps (@massar/rules); the API adds its coded refusal.
export { CODE_MASSAR_PATTERN, looksLikeCodeMassar } from '@massar/rules';

/** The code as stored (trimmed, upper case), or a BAD_USER_INPUT `INVALID_CODE_MASSAR` on `field`. */
export function normalizeCodeMassar(raw: string, field = 'codeMassar'): string {
  const code = parseCodeMassar(raw);
  if (code === null) throw badInput(field, 'INVALID_CODE_MASSAR', 'A code Massar is one letter followed by nine digits');
  return code;
}

/**
 * The letter says which academy first registered the pupil (A = region 01 … L = region 12);
 * the digits come from one database sequence, so a code is never given twice, even after a
 * rollback, and never reused.
 */
export async function nextCodeMassar(db: DataSource | EntityManager, regionId: number): Promise<string> {
  const [row] = await db.query(`SELECT chr(64 + $1::int) || lpad(nextval('student_code_seq')::text, 9, '0') AS code`, [regionId]);
  return row.code;
}
