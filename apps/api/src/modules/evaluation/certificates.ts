import { type DerivationStep, weightedMean } from './averages.js';
import { CertificateOutcome, Decision, type Honours } from './evaluation.enums.js';
import { type CertificateRules, type ComponentSource, type GradingRules } from './grading-policy.js';

export interface ExamMark {
  label: string;
  value: number | null;
  coefficient: number;
}

export interface CertificateResult {
  name: string;
  average: number | null;
  outcome: CertificateOutcome | null;
  honours: Honours | null;
  derivation: DerivationStep[];
}

/** An exam block average: Σ(mark × exam coefficient) / Σ coefficients (SOURCES_curriculum.md
 *  "How the marks combine", "Exam block average"). A missing mark counts as 0: S12, "absence
 *  from an exam gives 0". */
export function examAverage(marks: ExamMark[]): { average: number | null; derivation: DerivationStep[] } {
  const derivation = marks.map((m) => ({ label: m.label, value: m.value ?? 0, weight: m.coefficient }));
  return { average: marks.length ? weightedMean(derivation) : null, derivation };
}

/** Catch-up session (rattrapage): each national subject keeps the higher of its ordinary and
 *  catch-up marks (brief; UNVERIFIED against the official text). */
export function keepBetterMarks(ordinary: ExamMark[], catchUp: ExamMark[]): ExamMark[] {
  const second = new Map(catchUp.map((m) => [m.label, m.value]));
  return ordinary.map((m) => {
    const other = second.get(m.label) ?? null;
    return { ...m, value: other !== null && (m.value === null || other > m.value) ? other : m.value };
  });
}

/**
 * The certificate average from its components (3AC: (3·CC + 3·local + 4·regional)/10, S11–S13;
 * bac: 25 % CC + 25 % regional + 50 % national, S01, S09, S10; CEP: configurable default). No
 * average while a component is missing: a pupil cannot pass on part of the exams.
 */
export function certificateResult(rules: CertificateRules, components: Partial<Record<ComponentSource, number | null>>, afterCatchUp = false): CertificateResult {
  const derivation = rules.components.map((c) => ({ label: c.source, value: components[c.source] ?? null, weight: c.weight }));
  const complete = derivation.every((d) => d.value !== null);
  const average = complete ? weightedMean(derivation) : null;
  const outcome = average === null ? null : outcomeOf(rules, average, afterCatchUp);
  const honours = outcome === CertificateOutcome.PASSED ? (rules.honours?.find((h) => average! >= h.from)?.label ?? null) : null;
  return { name: rules.name, average, outcome, honours, derivation };
}

function outcomeOf(rules: CertificateRules, average: number, afterCatchUp: boolean): CertificateOutcome {
  if (average >= rules.passMark) return CertificateOutcome.PASSED;
  if (!afterCatchUp && rules.catchUp && average >= rules.catchUp.from) return CertificateOutcome.CATCH_UP;
  return CertificateOutcome.FAILED;
}

/**
 * The year-end decision the policy proposes (the class council confirms it): on a certificate
 * level, the certificate decides; elsewhere the year average against the promotion mark. Null
 * while it cannot be decided yet (no average, or awaiting the catch-up session).
 */
export function proposeDecision(rules: GradingRules, yearAverage: number | null, certificate: CertificateResult | null): Decision | null {
  if (rules.certificate) {
    switch (certificate?.outcome ?? null) {
      case CertificateOutcome.PASSED:
        return rules.certificate.name === 'BAC' ? Decision.GRADUATED : Decision.PROMOTED;
      case CertificateOutcome.FAILED:
        return Decision.REPEAT;
      default:
        return null;
    }
  }
  if (yearAverage === null) return null;
  return yearAverage >= rules.promotion.passMark ? Decision.PROMOTED : Decision.REPEAT;
}
