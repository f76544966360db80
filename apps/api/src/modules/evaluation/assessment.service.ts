import { type DataSource, type EntityManager } from 'typeorm';
import { requireAccess, requireVisible } from '../../core/auth/rules.js';
import { type Viewer } from '../../core/auth/viewer.js';
import { badInput, notFound } from '../../core/errors.js';
import { Assessment } from './assessment.entity.js';
import { type CreateAssessmentInput } from './dto/create-assessment.input.js';
import { AssessmentKind, type Term, TermStatus } from './evaluation.enums.js';
import { EvaluationErrorReason, gradesLocked } from './evaluation.errors.js';
import { type GradingRules, rulesForClasses } from './grading-policy.js';
import { gradeWriteRule } from './evaluation.access.js';
import { classRule } from '../schooling/schooling.access.js';

interface ClassTermRow {
  school_id: number;
  school_year_id: number;
  subject_id: number | null;
  assignment_id: number | null;
  in_term: boolean;
  starts_on: string;
  ends_on: string;
}

/** Kinds a level's policy uses: its term kinds, its year exams and its certificate's exams. */
export function kindsOf(rules: GradingRules): AssessmentKind[] {
  const kinds = new Set<AssessmentKind>(rules.termKinds);
  for (const e of rules.year.exams) kinds.add(e.kind);
  for (const c of rules.certificate?.components ?? []) if (c.source !== 'YEAR' && !c.level) kinds.add(c.source);
  return Object.values(AssessmentKind).filter((k) => kinds.has(k));
}

/** A new assessment of the teacher's class × subject, numbered after the previous ones of its kind. */
export async function createAssessment(db: DataSource, viewer: Viewer, classId: number, input: CreateAssessmentInput): Promise<Assessment> {
  const date = input.date.toISOString().slice(0, 10);
  return db.transaction(async (tx) => {
    await requireVisible(tx, viewer, classRule, [classId], 'Class');
    const row = await classTerm(tx, classId, input.subjectCode, input.term, date);
    await requireAccess(tx, viewer, gradeWriteRule, [row.assignment_id ?? 0]);
    const rules = (await rulesForClasses(tx, [classId])).get(classId);
    if (rules && !kindsOf(rules).includes(input.kind)) throw badInput('kind', EvaluationErrorReason.KIND_NOT_IN_LEVEL, `This level has no ${input.kind} assessment`);
    if (!row.in_term) throw badInput('date', EvaluationErrorReason.OUTSIDE_TERM, `A ${input.term} assessment is dated from ${row.starts_on} to ${row.ends_on}`);
    await requireOpenTerm(tx, classId, row, input.term);
    const [created] = await tx.query(
      `INSERT INTO assessment (school_id, class_id, subject_id, school_year_id, term, kind, number, held_on, created_by)
       SELECT $1, $2, $3, $4, $5, $6, coalesce(max(number), 0) + 1, $7, $8
       FROM assessment WHERE class_id = $2 AND subject_id = $3 AND school_year_id = $4 AND term = $5 AND kind = $6
       RETURNING id`,
      [row.school_id, classId, row.subject_id, row.school_year_id, input.term, input.kind, date, viewer.accountId],
    );
    return tx.getRepository(Assessment).findOneByOrFail({ id: created.id });
  });
}

async function classTerm(tx: EntityManager, classId: number, subjectCode: string, term: Term, date: string): Promise<ClassTermRow> {
  const [row]: ClassTermRow[] = await tx.query(
    `SELECT c.school_id, c.school_year_id, su.id AS subject_id, ta.id AS assignment_id,
            $4::date BETWEEN t.starts_on AND t.ends_on AS in_term, t.starts_on::text, t.ends_on::text
     FROM school_class c JOIN term t ON t.school_year_id = c.school_year_id AND t.code = $3
     LEFT JOIN subject su ON su.code = $2
     LEFT JOIN teaching_assignment ta ON ta.class_id = c.id AND ta.subject_id = su.id
     WHERE c.id = $1`,
    [classId, subjectCode, term, date],
  );
  if (!row) throw notFound('Class');
  if (!row.subject_id) throw badInput('subjectCode', EvaluationErrorReason.UNKNOWN_SUBJECT, `No subject has the code ${subjectCode}`);
  return row;
}

/** The class × term's status row, made if missing and locked against a concurrent lockTerm. */
async function requireOpenTerm(tx: EntityManager, classId: number, row: ClassTermRow, term: Term): Promise<void> {
  const [ts] = await tx.query(
    `INSERT INTO term_status (class_id, school_year_id, term, school_id) VALUES ($1, $2, $3, $4)
     ON CONFLICT (class_id, school_year_id, term) DO UPDATE SET status = term_status.status
     RETURNING status`,
    [classId, row.school_year_id, term, row.school_id],
  );
  if (ts.status !== TermStatus.OPEN) throw gradesLocked(term, ts.status);
}
