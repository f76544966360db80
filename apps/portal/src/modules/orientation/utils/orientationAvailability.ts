import { ORIENTATION_LEVELS } from '../constants/OrientationRules';

/**
 * Whether a family may state wishes now, and if not why:
 * - NOT_ENROLLED: no active enrolment in the orientation's school year (or the API gave none);
 * - OTHER_LEVEL: the pupil is not in 3AC, TC or 1BAC;
 * - NOT_SET: the school has not set its deadline yet;
 * - PASSED: the deadline is over.
 */
export type OrientationAvailability =
  | { kind: 'OPEN'; deadline: string | null }
  | { kind: 'NOT_ENROLLED' }
  | { kind: 'OTHER_LEVEL'; levelCode: string }
  | { kind: 'NOT_SET' }
  | { kind: 'PASSED'; deadline: string };

export interface OrientationFacts {
  /** The level of the pupil's active enrolment in the orientation's year; null when none. */
  levelCode: string | null;
  /** What the API says of the pupil's orientation; null when it said nothing. */
  orientation: { open: boolean; deadline: string | null } | null;
}

/** The API's `open` decides; the other facts only say why it is closed. */
export function orientationAvailability({ levelCode, orientation }: OrientationFacts): OrientationAvailability {
  if (orientation?.open) return { kind: 'OPEN', deadline: orientation.deadline };
  if (!levelCode || !orientation) return { kind: 'NOT_ENROLLED' };
  if (!ORIENTATION_LEVELS.includes(levelCode)) return { kind: 'OTHER_LEVEL', levelCode };
  if (!orientation.deadline) return { kind: 'NOT_SET' };
  return { kind: 'PASSED', deadline: orientation.deadline };
}
