/**
 * A code Massar is one letter and nine digits, e.g. J130024519 (DESIGN vocabulary): the letter
 * says which academy first registered the pupil, the digits are never given twice.
 */
export const CODE_MASSAR_PATTERN = /^[A-Z][0-9]{9}$/;

/** A code as typed, in the form it is stored (no spaces around, upper case); not checked. */
export function cleanCodeMassar(raw: string): string {
  return raw.trim().toUpperCase();
}

/** True when a code, already cleaned, is one letter and nine digits. */
export function isCodeMassar(code: string): boolean {
  return CODE_MASSAR_PATTERN.test(code);
}

/** The code as stored, or null when what was typed (any case, spaces around) is not a code Massar. */
export function parseCodeMassar(raw: string): string | null {
  const code = cleanCodeMassar(raw);
  return isCodeMassar(code) ? code : null;
}

/** True when what was typed reads as a code Massar (e.g. a login identifier that is not an e-mail). */
export function looksLikeCodeMassar(raw: string): boolean {
  return parseCodeMassar(raw) !== null;
}
