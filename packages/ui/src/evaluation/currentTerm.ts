import type { Term } from './vocabulary';

/**
 * The term a date falls in: S1 runs from September to January, S2 from February to the summer
 * (the Moroccan school calendar). Screens open on it when the address names no term.
 */
export function currentTerm(today: Date = new Date()): Term {
  const month = today.getMonth() + 1;
  return month >= 2 && month <= 8 ? 'S2' : 'S1';
}
