/** Problems a cell can have that the back-office words itself (typing, then the API's reasons). */
export const KNOWN_PROBLEMS: ReadonlySet<string> = new Set([
  'FORMAT',
  'OUT_OF_RANGE',
  'TOO_PRECISE',
  'REQUIRED',
  'VALUE_OR_ABSENCE',
  'NOT_IN_CLASS',
  'DUPLICATE',
  'INVALID_CODE',
]);
