import type { Absence } from '@massar/client';
import type { CellTexts } from './gradeGridState';
import { parseGradeInput, sameGrade } from './parseGradeInput';

/** Why a cell cannot be saved: a typing problem, a cleared grade, or the server's reason. */
export type CellProblem = string;

export interface CellStatus {
  text: string;
  changed: boolean;
  problem: CellProblem | null;
}

/**
 * A cell as the grid shows it: the text typed (else the recorded grade), whether it changes the
 * recorded grade, and what is wrong with it. A recorded grade cannot be emptied (the API keeps a
 * mark or an absence): REQUIRED.
 */
export function cellStatus(draft: string | undefined, recorded: string | undefined, serverError: string | undefined): CellStatus {
  const text = draft ?? recorded ?? '';
  const parsed = parseGradeInput(text);
  const before = parseGradeInput(recorded ?? '');
  const changed = draft !== undefined && !sameGrade(parsed, before);
  let problem: CellProblem | null = null;
  if (parsed.kind === 'invalid') problem = parsed.problem;
  else if (changed && parsed.kind === 'empty') problem = 'REQUIRED';
  else if (serverError) problem = serverError;
  return { text, changed, problem };
}

export interface GradeRowInput {
  studentId: string;
  codeMassar: string;
  value: number | null;
  absence: Absence | null;
}

export interface ColumnChanges {
  assessmentId: string;
  rows: GradeRowInput[];
}

export interface GridChanges {
  /** Per assessment, in column order, the rows that change (one recordGrades each). */
  columns: ColumnChanges[];
  /** Cells that cannot be saved as typed, in reading order. */
  invalid: { studentId: string; assessmentId: string }[];
  /** True when a change overwrites a recorded grade (a reason is then worth asking for). */
  overwrites: boolean;
}

/** Everything the teacher changed, grouped for saving, with the cells that block the save. */
export function collectChanges(
  columns: readonly { id: string }[],
  students: readonly { id: string; codeMassar: string }[],
  recorded: CellTexts,
  drafts: CellTexts,
): GridChanges {
  const changes: GridChanges = { columns: [], invalid: [], overwrites: false };
  const byColumn = new Map<string, GradeRowInput[]>();
  for (const student of students) {
    for (const column of columns) {
      const draft = drafts[student.id]?.[column.id];
      if (draft === undefined) continue;
      const before = recorded[student.id]?.[column.id];
      const status = cellStatus(draft, before, undefined);
      if (status.problem) changes.invalid.push({ studentId: student.id, assessmentId: column.id });
      if (!status.changed || status.problem) continue;
      const parsed = parseGradeInput(draft);
      if (before) changes.overwrites = true;
      const row: GradeRowInput = {
        studentId: student.id,
        codeMassar: student.codeMassar,
        value: parsed.kind === 'mark' ? parsed.value : null,
        absence: parsed.kind === 'absent' ? parsed.absence : null,
      };
      byColumn.set(column.id, [...(byColumn.get(column.id) ?? []), row]);
    }
  }
  changes.columns = columns.filter((c) => byColumn.has(c.id)).map((c) => ({ assessmentId: c.id, rows: byColumn.get(c.id)! }));
  return changes;
}
