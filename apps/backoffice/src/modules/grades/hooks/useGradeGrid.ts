import { useMutation } from '@apollo/client/react';
import { rowProblems, serverErrorCode } from '@massar/client';
import { useCallback, useMemo, useReducer, useRef, useState } from 'react';
import type { GridColumn, GridStudent } from '../components/GradeGridRow';
import { RECORD_GRADES } from '../graphql/mutations/recordGrades';
import { collectChanges } from '../utils/cellStatus';
import { EMPTY_GRID, gradeGridReducer, type CellTexts } from '../utils/gradeGridState';

export type SaveOutcome =
  | { kind: 'saved'; columns: number }
  | { kind: 'invalid'; cells: number }
  | { kind: 'refused'; column: string; saved: number }
  | { kind: 'error'; error: unknown; locked: boolean; saved: number };

interface GradeGridInput {
  columns: GridColumn[];
  students: GridStudent[];
  recorded: CellTexts;
  /** Reloads the recorded grades once saved. */
  reload: () => Promise<unknown>;
}

/**
 * The grid's edits and their saving: one recordGrades per assessment column with changes (each
 * all or nothing on the server), nothing sent while a cell is invalid, and the server's refusals
 * put back on their cells.
 */
export function useGradeGrid({ columns, students, recorded, reload }: GradeGridInput) {
  const [state, dispatch] = useReducer(gradeGridReducer, EMPTY_GRID);
  const [recordGrades] = useMutation(RECORD_GRADES);
  const [saving, setSaving] = useState(false);
  const [outcome, setOutcome] = useState<SaveOutcome | null>(null);
  const [reason, setReason] = useState('');
  const tableRef = useRef<HTMLTableElement>(null);

  const changes = useMemo(() => collectChanges(columns, students, recorded, state.drafts), [columns, students, recorded, state.drafts]);
  const changedCells = changes.columns.reduce((sum, c) => sum + c.rows.length, 0);

  const focusFirstProblem = () =>
    requestAnimationFrame(() => tableRef.current?.querySelector<HTMLInputElement>('input[aria-invalid="true"]')?.focus());

  const save = useCallback(
    async () => {
      if (changes.invalid.length > 0) {
        setOutcome({ kind: 'invalid', cells: changes.invalid.length });
        focusFirstProblem();
        return;
      }
      setSaving(true);
      setOutcome(null);
      const saved: string[] = [];
      let failure: SaveOutcome | null = null;
      for (const column of changes.columns) {
        const grades = column.rows.map(({ codeMassar, value, absence }) => ({ codeMassar, value, absence }));
        try {
          await recordGrades({ variables: { input: { assessmentId: column.assessmentId, grades, reason: reason.trim() || null } } });
          saved.push(column.assessmentId);
        } catch (error) {
          const problems = rowProblems(error).flatMap((p) => {
            const row = column.rows[p.index];
            return row ? [{ studentId: row.studentId, reason: p.reason }] : [];
          });
          if (problems.length > 0) {
            dispatch({ type: 'refused', assessmentId: column.assessmentId, problems });
            const label = columns.find((c) => c.id === column.assessmentId)?.label ?? '';
            failure = { kind: 'refused', column: label, saved: saved.length };
          } else {
            failure = { kind: 'error', error, locked: serverErrorCode(error) === 'GRADES_LOCKED', saved: saved.length };
          }
          break;
        }
      }
      if (saved.length > 0) await reload().catch(() => undefined);
      dispatch({ type: 'saved', assessmentIds: saved });
      setSaving(false);
      setOutcome(failure ?? { kind: 'saved', columns: saved.length });
      if (!failure) setReason('');
      if (failure?.kind === 'refused') focusFirstProblem();
    },
    [changes, columns, recordGrades, reload, reason],
  );

  const discard = useCallback(() => {
    dispatch({ type: 'discard' });
    setOutcome(null);
    setReason('');
  }, []);

  return { state, dispatch, changes, changedCells, save, saving, outcome, discard, tableRef, reason, setReason };
}
