import { describe, expect, it } from 'vitest';
import { certificateResult, examAverage, keepBetterMarks, proposeDecision } from './certificates.js';
import { AssessmentKind, CertificateOutcome, Decision, Honours } from './evaluation.enums.js';
import { type CertificateRules, DEFAULT_RULES, type GradingRules } from './grading-policy.js';

const CEC: CertificateRules = {
  name: 'CEC',
  components: [{ source: 'YEAR', weight: 3 }, { source: AssessmentKind.LOCAL_EXAM, weight: 3 }, { source: AssessmentKind.REGIONAL_EXAM, weight: 4 }],
  passMark: 10,
};
const BAC: CertificateRules = {
  name: 'BAC',
  components: [
    { source: 'YEAR', weight: 25 },
    { source: AssessmentKind.REGIONAL_EXAM, weight: 25, level: '1BAC' },
    { source: AssessmentKind.NATIONAL_EXAM, weight: 50 },
  ],
  passMark: 10,
  catchUp: { from: 7, sessionNumber: 2 },
  honours: [{ from: 16, label: Honours.TRES_BIEN }, { from: 14, label: Honours.BIEN }, { from: 12, label: Honours.ASSEZ_BIEN }, { from: 10, label: Honours.PASSABLE }],
};
const rules = (certificate?: CertificateRules): GradingRules => ({ ...DEFAULT_RULES, certificate });

describe('3AC certificate: (3·CC + 3·local + 4·regional) / 10', () => {
  it('passes at 10: (3×11 + 3×9 + 4×10.5) / 10 = 10.2', () => {
    const r = certificateResult(CEC, { YEAR: 11, LOCAL_EXAM: 9, REGIONAL_EXAM: 10.5 });
    expect(r.average).toBe(10.2);
    expect(r.outcome).toBe(CertificateOutcome.PASSED);
    expect(proposeDecision(rules(CEC), 11, r)).toBe(Decision.PROMOTED);
  });

  it('fails below 10, whatever the CC: (3×12 + 3×8 + 4×8) / 10 = 9.2', () => {
    const r = certificateResult(CEC, { YEAR: 12, LOCAL_EXAM: 8, REGIONAL_EXAM: 8 });
    expect(r.average).toBe(9.2);
    expect(r.outcome).toBe(CertificateOutcome.FAILED);
    expect(proposeDecision(rules(CEC), 12, r)).toBe(Decision.REPEAT);
  });

  it('has no average while the regional exam is missing', () => {
    const r = certificateResult(CEC, { YEAR: 12, LOCAL_EXAM: 8, REGIONAL_EXAM: null });
    expect(r.average).toBeNull();
    expect(proposeDecision(rules(CEC), 12, r)).toBeNull();
  });
});

describe('baccalauréat: 25 % CC + 25 % regional + 50 % national', () => {
  // National exam of the PC stream: MATH 7, PC 7, SVT 5, PHILO 2, EN 2 (sum 23).
  const national = (math: number, others: number) => [
    { label: 'MATH', value: math, coefficient: 7 }, { label: 'PC', value: others, coefficient: 7 }, { label: 'SVT', value: others, coefficient: 5 },
    { label: 'PHILO', value: others, coefficient: 2 }, { label: 'EN', value: others, coefficient: 2 },
  ];

  it('weights each exam by its coefficients: (7×10 + 16×7) / 23 = 7.91', () => {
    expect(examAverage(national(10, 7)).average).toBe(7.91);
  });

  it('passes with honours by band', () => {
    const r = certificateResult(BAC, { YEAR: 13, REGIONAL_EXAM: 12, NATIONAL_EXAM: 8 }); // 3.25 + 3 + 4
    expect(r.average).toBe(10.25);
    expect(r.honours).toBe(Honours.PASSABLE);
    expect(proposeDecision(rules(BAC), 13, r)).toBe(Decision.GRADUATED);
    expect(certificateResult(BAC, { YEAR: 16, REGIONAL_EXAM: 16, NATIONAL_EXAM: 16.5 }).honours).toBe(Honours.TRES_BIEN);
    expect(certificateResult(BAC, { YEAR: 14, REGIONAL_EXAM: 14, NATIONAL_EXAM: 14 }).honours).toBe(Honours.BIEN);
    expect(certificateResult(BAC, { YEAR: 12, REGIONAL_EXAM: 12, NATIONAL_EXAM: 13 }).honours).toBe(Honours.ASSEZ_BIEN);
  });

  it('sends 7 ≤ average < 10 to the catch-up session, where each subject keeps its better mark', () => {
    const ordinary = certificateResult(BAC, { YEAR: 12, REGIONAL_EXAM: 10, NATIONAL_EXAM: examAverage(national(6, 6)).average });
    expect(ordinary.average).toBe(8.5); // (25×12 + 25×10 + 50×6) / 100
    expect(ordinary.outcome).toBe(CertificateOutcome.CATCH_UP);
    expect(proposeDecision(rules(BAC), 12, ordinary)).toBeNull();
    const better = keepBetterMarks(national(6, 6), national(16, 4)); // MATH 16 replaces 6; 4 < 6 is ignored
    expect(better.map((m) => m.value)).toEqual([16, 6, 6, 6, 6]);
    const nationalAfter = examAverage(better).average; // (7×16 + 16×6) / 23 = 9.04
    expect(nationalAfter).toBe(9.04);
    const final = certificateResult(BAC, { YEAR: 12, REGIONAL_EXAM: 10, NATIONAL_EXAM: nationalAfter }, true);
    expect(final.average).toBe(10.02);
    expect(final.outcome).toBe(CertificateOutcome.PASSED);
  });

  it('fails below 7, and after the catch-up session below 10', () => {
    expect(certificateResult(BAC, { YEAR: 8, REGIONAL_EXAM: 6, NATIONAL_EXAM: 6 }).outcome).toBe(CertificateOutcome.FAILED); // 6.5
    expect(certificateResult(BAC, { YEAR: 12, REGIONAL_EXAM: 10, NATIONAL_EXAM: 6 }, true).outcome).toBe(CertificateOutcome.FAILED);
  });
});

describe('promotion outside certificate levels', () => {
  it('promotes at the pass mark of the policy', () => {
    expect(proposeDecision(DEFAULT_RULES, 10, null)).toBe(Decision.PROMOTED);
    expect(proposeDecision(DEFAULT_RULES, 9.99, null)).toBe(Decision.REPEAT);
    expect(proposeDecision({ ...DEFAULT_RULES, promotion: { passMark: 9 } }, 9.5, null)).toBe(Decision.PROMOTED);
    expect(proposeDecision(DEFAULT_RULES, null, null)).toBeNull();
  });
});
