import { Absence } from './evaluation.enums.js';
import { type GradingRules } from './grading-policy.js';

/** One line of "how was this average computed": a value and the weight it carried. */
export interface DerivationStep {
  label: string;
  value: number | null;
  weight: number;
}

export interface Mark {
  label: string;
  value: number | null;
  absence: Absence | null;
}

/** Two decimals, as on the report card. Averages are built from rounded parts so that the
 *  derivation a parent sees adds up by hand. */
export const round2 = (x: number): number => Math.round((x + Number.EPSILON) * 100) / 100;

/** Σ(value × weight) / Σ weight over the steps that have a value; null when none has. */
export function weightedMean(steps: DerivationStep[]): number | null {
  let sum = 0;
  let weights = 0;
  for (const s of steps) {
    if (s.value === null || s.weight <= 0) continue;
    sum += s.value * s.weight;
    weights += s.weight;
  }
  return weights > 0 ? round2(sum / weights) : null;
}

/** Subject average for a term: the mean of its marks. A justified absence is left out; an
 *  unjustified one counts as 0 or is left out, as the policy says. */
export function subjectAverage(marks: Mark[], rules: Pick<GradingRules, 'unjustifiedAbsence'>): { average: number | null; derivation: DerivationStep[] } {
  const derivation = marks.map((m): DerivationStep => {
    if (m.value !== null) return { label: m.label, value: m.value, weight: 1 };
    if (m.absence === Absence.UNJUSTIFIED && rules.unjustifiedAbsence === 'ZERO') return { label: `${m.label} ${m.absence}`, value: 0, weight: 1 };
    return { label: `${m.label} ${m.absence}`, value: null, weight: 0 };
  });
  return { average: weightedMean(derivation), derivation };
}

/** General average = Σ(coef × subject average) / Σ coef, over the subjects that have an average. */
export function generalAverage(subjects: { label: string; average: number | null; coefficient: number }[]): { average: number | null; derivation: DerivationStep[] } {
  const derivation = subjects.map((s) => ({ label: s.label, value: s.average, weight: s.average === null ? 0 : s.coefficient }));
  return { average: weightedMean(derivation), derivation };
}

/** Competition ranking (1, 1, 3) on the two-decimal averages: equal averages share a rank. */
export function ranks(values: (number | null)[]): (number | null)[] {
  const sorted = values.filter((v): v is number => v !== null).sort((a, b) => b - a);
  return values.map((v) => (v === null ? null : sorted.indexOf(v) + 1));
}

/** Mean of the averages that exist (the class average). */
export function mean(values: (number | null)[]): number | null {
  return weightedMean(values.map((value) => ({ label: '', value, weight: 1 })));
}
