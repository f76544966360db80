import { type EntityManager } from 'typeorm';
import { requireAccess, requireVisible } from '../../core/auth/rules.js';
import { type Context, requireViewer } from '../../core/context.js';
import { conflict } from '../../core/errors.js';
import { type DecisionInput } from './dto/confirm-decisions.input.js';
import { TermStatus } from './evaluation.enums.js';
import { termManageRule } from './evaluation.access.js';
import { classRule } from '../schooling/schooling.access.js';
import { onRoster } from '../enrolment/roster.js';
import { recordYearDecisions } from '../enrolment/year-decision.service.js';
import { badRows, EvaluationErrorReason, type RowProblem } from './evaluation.errors.js';
import { computeClassResults, toStudentResults } from './results.service.js';
import { type StudentResults } from './results.types.js';

const NOTE_MAX = 500;

type Problem = Pick<RowProblem, 'field' | 'reason' | 'message'>;

/** What is wrong with one row on its own (no database needed), or null. */
function rowProblem(row: DecisionInput, code: string, seen: Set<string>): Problem | null {
  if (!/^[A-Z][0-9]{9}$/.test(code)) return { field: 'codeMassar', reason: EvaluationErrorReason.INVALID_CODE, message: 'A code Massar is one letter and nine digits' };
  if (seen.has(code)) return { field: 'codeMassar', reason: EvaluationErrorReason.DUPLICATE, message: 'This pupil appears twice' };
  if ((row.note?.length ?? 0) > NOTE_MAX) return { field: 'note', reason: EvaluationErrorReason.TOO_LONG, message: `A note has at most ${NOTE_MAX} characters` };
  return null;
}

/** A row's stream code, normalised (blank: none). */
const streamCodeOf = (row: DecisionInput) => row.streamCode?.trim().toUpperCase() || null;

/** Every row's own problems, with normalised codes Massar. */
export function checkDecisionRows(rows: DecisionInput[]): { codes: string[]; problems: RowProblem[] } {
  const seen = new Set<string>();
  const problems: RowProblem[] = [];
  const codes = rows.map((row, index) => {
    const code = row.codeMassar.trim().toUpperCase();
    const problem = rowProblem(row, code, seen);
    if (problem) problems.push({ index, codeMassar: code, ...problem });
    seen.add(code);
    return code;
  });
  return { codes, problems };
}

/**
 * The class council confirms (or overrides) the policy's year-end proposals, all or nothing,
 * once S2 is locked or published. Confirming again replaces the earlier decision. The decisions
 * are enrolment's (recordYearDecisions checks the decided streams and writes them). Returns the
 * year results of the confirmed pupils, in the order given.
 */
export async function confirmDecisions(ctx: Context, classId: number, rows: DecisionInput[]): Promise<StudentResults[]> {
  const viewer = requireViewer(ctx);
  const { codes, problems } = checkDecisionRows(rows);
  if (problems.length) throw badRows(problems, 'decisions');
  const { ids, year } = await ctx.db.transaction(async (tx) => {
    await requireVisible(tx, viewer, classRule, [classId], 'Class');
    await requireAccess(tx, viewer, termManageRule, [classId]);
    const yearId = await requireClosedYear(tx, classId);
    const ids = await activePupils(tx, classId, yearId, codes);
    const year = await computeClassResults(tx, classId, yearId, null);
    const proposed = ids.map((id) => year.rows.find((r) => r.studentId === id)?.decision ?? null);
    await recordYearDecisions(tx, classId, viewer.accountId, ids.map((studentId, i) => ({
      studentId, codeMassar: codes[i], decision: rows[i].decision, proposed: proposed[i], note: rows[i].note ?? null, streamCode: streamCodeOf(rows[i]),
    })));
    return { ids, year };
  });
  return ids.map((id) => toStudentResults(year, id)).filter((r): r is StudentResults => r !== null);
}

/**
 * The class's school year, once its S2 is LOCKED or PUBLISHED: the council sits on frozen
 * grades. The row is held FOR SHARE, so a concurrent reopenTerm waits for this commit.
 */
async function requireClosedYear(tx: EntityManager, classId: number): Promise<number> {
  const [s2]: { status: TermStatus; school_year_id: number }[] = await tx.query(
    `SELECT ts.status, ts.school_year_id FROM term_status ts JOIN school_class c ON c.id = ts.class_id AND c.school_year_id = ts.school_year_id
     WHERE c.id = $1 AND ts.term = 'S2' FOR SHARE OF ts`,
    [classId],
  );
  if (!s2 || s2.status === TermStatus.OPEN) throw conflict(EvaluationErrorReason.YEAR_NOT_CLOSED, 'Lock the S2 term before the class council confirms decisions');
  return s2.school_year_id;
}

/** Student ids in row order; BAD_USER_INPUT for rows whose pupil is not active in the class. */
async function activePupils(tx: EntityManager, classId: number, yearId: number, codes: string[]): Promise<string[]> {
  const found: { student_id: string | null }[] = await tx.query(
    `SELECT e.student_id::text AS student_id FROM unnest($1::text[]) WITH ORDINALITY AS r(code, ord)
     LEFT JOIN student s ON s.code_massar = r.code
     LEFT JOIN enrolment e ON e.student_id = s.id AND e.school_year_id = $2 AND e.class_id = $3 AND ${onRoster('e')}
     ORDER BY r.ord`,
    [codes, yearId, classId],
  );
  // Unknown codes and other classes' pupils read the same: the mutation does not probe the registry.
  const problems = found.flatMap((f, index): RowProblem[] =>
    f.student_id ? [] : [{ index, codeMassar: codes[index], field: 'codeMassar', reason: EvaluationErrorReason.NOT_IN_CLASS, message: 'This pupil is not in this class' }],
  );
  if (problems.length) throw badRows(problems, 'decisions');
  return found.map((f) => f.student_id!);
}
