import { type DataSource, type EntityManager } from 'typeorm';
import { badInput } from '../../core/errors.js';

/** One letter and nine digits, e.g. J130024519 (DESIGN vocabulary). */
export const CODE_MASSAR_PATTERN = /^[A-Z][0-9]{9}$/;

export function normalizeCodeMassar(raw: string, field = 'codeMassar'): string {
  const code = raw.trim().toUpperCase();
  if (!CODE_MASSAR_PATTERN.test(code)) throw badInput(field, 'INVALID_CODE_MASSAR', 'A code Massar is one letter followed by nine digits');
  return code;
}

export const looksLikeCodeMassar = (raw: string) => CODE_MASSAR_PATTERN.test(raw.trim().toUpperCase());

/**
 * The letter says which academy first registered the pupil (A = region 01 … L = region 12);
 * the digits come from one database sequence, so a code is never given twice, even after a
 * rollback, and never reused.
 */
export async function nextCodeMassar(db: DataSource | EntityManager, regionId: number): Promise<string> {
  const [row] = await db.query(`SELECT chr(64 + $1::int) || lpad(nextval('student_code_seq')::text, 9, '0') AS code`, [regionId]);
  return row.code;
}
