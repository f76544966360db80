import { describe, expect, it } from 'vitest';
import { Absence, AssessmentKind, Decision, Term } from './evaluation.enums.js';
import { DEFAULT_RULES, type GradingRules } from './grading-policy.js';
import { type ClassInput, type GradeRow, termResults, yearResults } from './results.compute.js';

const MATH = { subjectId: 1, code: 'MATH', coefficient: 5 };
const FR = { subjectId: 2, code: 'FR', coefficient: 3 };

function g(studentId: string, subject: { subjectId: number }, term: Term, value: number | null, o: Partial<GradeRow> = {}): GradeRow {
  return { studentId, subjectId: subject.subjectId, term, kind: AssessmentKind.CONTINUOUS, number: 1, value, absence: null, ...o };
}

function classInput(grades: GradeRow[], rules: GradingRules = DEFAULT_RULES, extra: Partial<ClassInput> = {}): ClassInput {
  return { students: ['a', 'b', 'c'], subjects: [MATH, FR], grades, rules, examSubjects: {}, priorExams: new Map(), ...extra };
}

describe('term results of a class', () => {
  // a: MATH (12 + 16)/2 = 14, FR 10 → (5×14 + 3×10)/8 = 12.5
  // b: MATH 14, FR (8 + absent justified) = 8 → (70 + 24)/8 = 11.75
  // c: MATH (17 + 11)/2 = 14, FR 10 → 12.5, tied with a
  const grades = [
    g('a', MATH, Term.S1, 12), g('a', MATH, Term.S1, 16, { number: 2 }), g('a', FR, Term.S1, 10),
    g('b', MATH, Term.S1, 14), g('b', FR, Term.S1, 8), g('b', FR, Term.S1, null, { number: 2, absence: Absence.JUSTIFIED }),
    g('c', MATH, Term.S1, 17), g('c', MATH, Term.S1, 11, { number: 2 }), g('c', FR, Term.S1, 10),
    g('a', MATH, Term.S2, 2), // another term: ignored
    g('a', MATH, Term.S1, 0, { kind: AssessmentKind.LOCAL_EXAM }), // an exam: not in the term average
  ];

  it('computes averages, ranks with ties and the class average', () => {
    const rows = termResults(classInput(grades), Term.S1);
    expect(rows.map((r) => [r.studentId, r.generalAverage, r.rank])).toEqual([['a', 12.5, 1], ['b', 11.75, 3], ['c', 12.5, 1]]);
    expect(rows[0].classAverage).toBe(12.25); // (12.5 + 11.75 + 12.5) / 3
    expect(rows[0].subjects.map((s) => s.average)).toEqual([14, 10]);
  });

  it('explains each average', () => {
    const [a] = termResults(classInput(grades), Term.S1);
    expect(a.derivation).toEqual([{ label: 'MATH', value: 14, weight: 5 }, { label: 'FR', value: 10, weight: 3 }]);
    expect(a.subjects[0].derivation).toEqual([{ label: 'CONTINUOUS 1', value: 12, weight: 1 }, { label: 'CONTINUOUS 2', value: 16, weight: 1 }]);
  });

  it('includes the integrated activities mark in the subject average', () => {
    const [a] = termResults(classInput([g('a', MATH, Term.S1, 12), g('a', MATH, Term.S1, 18, { kind: AssessmentKind.INTEGRATED_ACTIVITY })]), Term.S1);
    expect(a.subjects[0].average).toBe(15);
  });
});

describe('year results', () => {
  it('averages S1 and S2 and proposes a decision once both exist', () => {
    const rows = yearResults(classInput([g('a', MATH, Term.S1, 12), g('a', MATH, Term.S2, 7), g('b', MATH, Term.S1, 9)]));
    expect(rows[0].generalAverage).toBe(9.5);
    expect(rows[0].derivation).toEqual([{ label: 'S1', value: 12, weight: 1 }, { label: 'S2', value: 7, weight: 1 }]);
    expect(rows[0].decision).toBe(Decision.REPEAT);
    expect(rows[1].decision).toBeNull(); // no S2 yet
  });

  it('1BAC: (1.5·S1 + 1.5·S2 + 1·regional) / 4 = (16.5 + 19.5 + 8) / 4 = 11', () => {
    const rules: GradingRules = { ...DEFAULT_RULES, year: { S1: 1.5, S2: 1.5, exams: [{ kind: AssessmentKind.REGIONAL_EXAM, weight: 1 }] } };
    const regional = { subjectId: 3, code: 'FR', coefficient: 1 };
    const input = classInput(
      [g('a', MATH, Term.S1, 11), g('a', MATH, Term.S2, 13), g('a', regional, Term.S2, 8, { kind: AssessmentKind.REGIONAL_EXAM })],
      rules,
      { examSubjects: { REGIONAL_EXAM: [regional] } },
    );
    const [a] = yearResults(input);
    expect(a.generalAverage).toBe(11);
    expect(a.decision).toBe(Decision.PROMOTED);
  });

  it('3AC: the certificate decides, from the year CC and the exam blocks', () => {
    const rules: GradingRules = {
      ...DEFAULT_RULES,
      certificate: {
        name: 'CEC',
        components: [{ source: 'YEAR', weight: 3 }, { source: AssessmentKind.LOCAL_EXAM, weight: 3 }, { source: AssessmentKind.REGIONAL_EXAM, weight: 4 }],
        passMark: 10,
      },
    };
    const ar = { subjectId: 4, code: 'AR', coefficient: 3 };
    const ei = { subjectId: 5, code: 'EI', coefficient: 1 };
    const grades = [
      g('a', MATH, Term.S1, 11), g('a', MATH, Term.S2, 11), // CC year 11
      g('a', ar, Term.S1, 9, { kind: AssessmentKind.LOCAL_EXAM }), g('a', ei, Term.S1, 9, { kind: AssessmentKind.LOCAL_EXAM }), // local 9
      g('a', ar, Term.S2, 12, { kind: AssessmentKind.REGIONAL_EXAM }), g('a', ei, Term.S2, null, { kind: AssessmentKind.REGIONAL_EXAM, absence: Absence.UNJUSTIFIED }),
    ];
    const local = [{ ...ar, coefficient: 1 }, { ...ei, coefficient: 1 }];
    const [a] = yearResults(classInput(grades, rules, { examSubjects: { LOCAL_EXAM: local, REGIONAL_EXAM: [ar, ei] } }));
    // regional = (3×12 + 1×0) / 4 = 9 (an absence from an exam gives 0); certificate = (33 + 27 + 36) / 10 = 9.6
    expect(a.certificate).toMatchObject({ name: 'CEC', average: 9.6, outcome: 'FAILED' });
    expect(a.decision).toBe(Decision.REPEAT);
  });
});
