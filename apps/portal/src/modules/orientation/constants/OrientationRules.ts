/**
 * Levels whose pupils state stream wishes for the next level, as the API decides them
 * (enrolment's orientation.types.ts): 3AC → TC, TC → 1BAC, 1BAC → 2BAC.
 */
export const ORIENTATION_LEVELS: readonly string[] = ['3AC', 'TC', '1BAC'];

/** At most this many ranked wishes (OrientationWishesInput.streamCodes). */
export const MAX_WISHES = 4;
