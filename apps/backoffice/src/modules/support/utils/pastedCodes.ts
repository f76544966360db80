import { isCodeMassar, normalizeCodeMassar } from '../../start-of-year/utils/codeMassar';

/** The API takes at most this many pupils at once (BENEFICIARIES_MAX). */
export const CODES_MAX = 100;

export interface PastedCodes {
  /** The codes to send, normalised, each once, in the order pasted. */
  codes: string[];
  /** What was pasted but is not a code Massar (one letter, nine digits). */
  invalid: string[];
  /** Codes pasted more than once (sent once). */
  repeated: string[];
  tooMany: boolean;
}

/** A list of codes Massar pasted from a spreadsheet or typed: one per line, or separated by spaces, commas or semicolons. */
export function parsePastedCodes(text: string): PastedCodes {
  const pieces = text.split(/[\s,;]+/).filter((p) => p.length > 0);
  const codes: string[] = [];
  const invalid: string[] = [];
  const repeated = new Set<string>();
  for (const piece of pieces) {
    const code = normalizeCodeMassar(piece);
    if (!isCodeMassar(code)) invalid.push(piece);
    else if (codes.includes(code)) repeated.add(code);
    else codes.push(code);
  }
  return { codes, invalid, repeated: [...repeated], tooMany: codes.length > CODES_MAX };
}

/** Whether the list can be sent as it is: some codes, none malformed, not too many. */
export const pastedCodesReady = (parsed: PastedCodes) => parsed.codes.length > 0 && parsed.invalid.length === 0 && !parsed.tooMany;
