import type { Decision } from '@massar/client';

// Every value of the Decision enum: a value added to the schema fails the typecheck here.
const ORDER = { PROMOTED: 1, REPEAT: 2, REORIENTED: 3, GRADUATED: 4, DROPPED_OUT: 5, EXCLUDED: 6 } satisfies Record<Decision, number>;

/** The year-end decisions a class council may take, most common first. */
export const DECISIONS: readonly Decision[] = (Object.keys(ORDER) as Decision[]).sort((a, b) => ORDER[a] - ORDER[b]);

/** At most this many characters in a decision's note (as the API checks). */
export const DECISION_NOTE_MAX = 500;
