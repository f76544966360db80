import type { RowProblem } from '@massar/client';
import type { ColumnChanges } from './cellStatus';

export interface ColumnRefusal {
  assessmentId: string;
  problems: { studentId: string; reason: string }[];
}

/**
 * The cells a refused batch names, per assessment in the order sent: a problem points at its
 * assessment by position in the batch (else by id) and at its row by position in that
 * assessment's rows. Problems that name no cell sent are dropped.
 */
export function refusedCells(sent: readonly ColumnChanges[], problems: readonly RowProblem[]): ColumnRefusal[] {
  const byColumn = new Map<string, ColumnRefusal>();
  for (const problem of problems) {
    const column =
      problem.assessmentIndex !== undefined ? sent[problem.assessmentIndex] : sent.find((c) => c.assessmentId === problem.assessmentId);
    const row = column?.rows[problem.index];
    if (!column || !row) continue;
    const refusal = byColumn.get(column.assessmentId) ?? { assessmentId: column.assessmentId, problems: [] };
    refusal.problems.push({ studentId: row.studentId, reason: problem.reason });
    byColumn.set(column.assessmentId, refusal);
  }
  return sent.flatMap((c) => byColumn.get(c.assessmentId) ?? []);
}
