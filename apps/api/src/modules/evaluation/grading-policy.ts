import { type DataSource, type EntityManager } from 'typeorm';
import { AssessmentKind, type Honours } from './evaluation.enums.js';

/**
 * The grading policy of a level (and optionally a stream), as stored in grading_policy.rules.
 * The values and their sources are in migration 1763900000000-evaluation.ts; a rule change is a
 * new row with a later from_year, so earlier years keep the rules they were computed with.
 */
export interface GradingRules {
  /** Kinds averaged into a term subject average (the other kinds feed certificates). */
  termKinds: AssessmentKind[];
  /** ZERO: an unjustified absence counts as 0; EXCLUDE: left out like a justified one. */
  unjustifiedAbsence: 'ZERO' | 'EXCLUDE';
  /** Weight of a subject with no coefficient on record (primary). */
  defaultCoefficient: number;
  /** Year average = weighted mean of the term general averages and of these exam blocks. */
  year: { S1: number; S2: number; exams: { kind: AssessmentKind; weight: number }[] };
  promotion: { passMark: number };
  certificate?: CertificateRules;
}

export type ComponentSource = 'YEAR' | AssessmentKind;

export interface CertificateRules {
  name: 'CEP' | 'CEC' | 'BAC';
  /** `level`: the exam was sat in an earlier level (the bac's 1BAC regional exam). */
  components: { source: ComponentSource; weight: number; level?: string }[];
  passMark: number;
  /** Admitted to the catch-up session from this average; its marks carry this assessment number. */
  catchUp?: { from: number; sessionNumber: number };
  /** Bands, highest first. */
  honours?: { from: number; label: Honours }[];
}

/** What applies where no policy row does (and what unit tests start from). */
export const DEFAULT_RULES: GradingRules = {
  termKinds: [AssessmentKind.CONTINUOUS, AssessmentKind.INTEGRATED_ACTIVITY],
  unjustifiedAbsence: 'ZERO',
  defaultCoefficient: 1,
  year: { S1: 1, S2: 1, exams: [] },
  promotion: { passMark: 10 },
};

/** The rules in force for each class's year and level (stream-specific rows first). One statement. */
export async function rulesForClasses(db: DataSource | EntityManager, classIds: number[]): Promise<Map<number, GradingRules>> {
  const rows: { class_id: number; rules: GradingRules }[] = await db.query(
    // The policy in force that year; a year before the first policy on record (history imported or
    // created by a rollover backwards) takes the earliest one rather than none.
    `SELECT DISTINCT ON (c.id) c.id AS class_id, p.rules
     FROM school_class c JOIN school_year y ON y.id = c.school_year_id
     JOIN grading_policy p ON p.level_id = c.level_id AND (p.stream_id IS NULL OR p.stream_id = c.stream_id)
     WHERE c.id = ANY($1::int[])
     ORDER BY c.id, (p.from_year <= y.name) DESC, CASE WHEN p.from_year <= y.name THEN p.from_year END DESC NULLS LAST, p.from_year,
              p.stream_id NULLS LAST`,
    [classIds],
  );
  return new Map(rows.map((r) => [r.class_id, { ...DEFAULT_RULES, ...r.rules }]));
}
