import { useMutation } from '@apollo/client/react';
import { rowProblems, serverErrorCode } from '@massar/client';
import { useCallback, useMemo, useReducer, useRef, useState } from 'react';
import type { GridColumn, GridStudent } from '../components/GradeGridRow';
import { RECORD_GRADE_BATCH } from '../graphql/mutations/recordGradeBatch';
import { refusedCells } from '../utils/batchProblems';
import { collectChanges } from '../utils/cellStatus';
import { EMPTY_GRID, gradeGridReducer, type CellTexts } from '../utils/gradeGridState';

export type SaveOutcome =
  | { kind: 'saved'; columns: number }
  | { kind: 'invalid'; cells: number }
  | { kind: 'refused'; columns: string[] }
  | { kind: 'error'; error: unknown; locked: boolean };

interface GradeGridInput {
  columns: GridColumn[];
  students: GridStudent[];
  recorded: CellTexts;
  /** Reloads the recorded grades once saved. */
  reload: () => Promise<unknown>;
}

/**
 * The grid's edits and their saving: every changed column in one recordGradeBatch (all or
 * nothing on the server), nothing sent while a cell is invalid, and the server's refusals put
 * back on their cells.
 */
export function useGradeGrid({ columns, students, recorded, reload }: GradeGridInput) {
  const [state, dispatch] = useReducer(gradeGridReducer, EMPTY_GRID);
  const [recordGradeBatch] = useMutation(RECORD_GRADE_BATCH);
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
      const sent = changes.columns;
      if (sent.length === 0) return;
      setSaving(true);
      setOutcome(null);
      let failure: SaveOutcome | null = null;
      try {
        const assessments = sent.map((c) => ({ assessmentId: c.assessmentId, grades: c.rows.map(({ codeMassar, value, absence }) => ({ codeMassar, value, absence })) }));
        await recordGradeBatch({ variables: { input: { assessments, reason: reason.trim() || null } } });
      } catch (error) {
        const refused = refusedCells(sent, rowProblems(error));
        if (refused.length > 0) {
          for (const r of refused) dispatch({ type: 'refused', assessmentId: r.assessmentId, problems: r.problems });
          failure = { kind: 'refused', columns: refused.map((r) => columns.find((c) => c.id === r.assessmentId)?.label ?? '') };
        } else {
          failure = { kind: 'error', error, locked: serverErrorCode(error) === 'GRADES_LOCKED' };
        }
      }
      if (!failure) {
        await reload().catch(() => undefined);
        dispatch({ type: 'saved', assessmentIds: sent.map((c) => c.assessmentId) });
        setReason('');
      }
      setSaving(false);
      setOutcome(failure ?? { kind: 'saved', columns: sent.length });
      if (failure?.kind === 'refused') focusFirstProblem();
    },
    [changes, columns, recordGradeBatch, reload, reason],
  );

  const discard = useCallback(() => {
    dispatch({ type: 'discard' });
    setOutcome(null);
    setReason('');
  }, []);

  return { state, dispatch, changes, changedCells, save, saving, outcome, discard, tableRef, reason, setReason };
}
