import { directionOf, useFormatters, useLanguage, useTranslation } from '@massar/ui';
import { useCallback, type Dispatch, type KeyboardEvent, type RefObject } from 'react';
import type { CellTexts, GradeGridAction, GradeGridState } from '../utils/gradeGridState';
import { arrowLeavesInput, nextCell, type CellPosition } from '../utils/gridNavigation';
import classes from './GradeGrid.module.css';
import { GradeGridRow, type GridColumn, type GridStudent } from './GradeGridRow';

export interface GradeGridProps {
  columns: GridColumn[];
  students: GridStudent[];
  recorded: CellTexts;
  state: GradeGridState;
  dispatch: Dispatch<GradeGridAction>;
  readOnly: boolean;
  tableRef: RefObject<HTMLTableElement | null>;
}

/** Focuses a cell and selects its text, so that typing replaces it, as in a spreadsheet. */
export function focusCell(table: HTMLTableElement | null, { row, col }: CellPosition): void {
  const input = table?.querySelector<HTMLInputElement>(`input[data-row="${row}"][data-col="${col}"]`);
  input?.focus();
  input?.select();
}

/**
 * The grade grid: a plain table of text inputs, one row per pupil and one column per assessment,
 * typed through with the arrows, Tab and Enter; Escape puts a cell back as it was recorded.
 */
export function GradeGrid({ columns, students, recorded, state, dispatch, readOnly, tableRef }: GradeGridProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { formatDate } = useFormatters();
  const direction = directionOf(language);
  const rows = students.length;
  const cols = columns.length;

  const onEdit = useCallback(
    (studentId: string, assessmentId: string, text: string) => dispatch({ type: 'edit', studentId, assessmentId, text }),
    [dispatch],
  );

  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLInputElement>, row: number, col: number, studentId: string, assessmentId: string) => {
      if (event.key === 'Escape') {
        dispatch({ type: 'revert', studentId, assessmentId });
        return;
      }
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      const input = event.currentTarget;
      if (event.key === 'ArrowLeft' || event.key === 'ArrowRight') {
        const caret = { start: input.selectionStart ?? 0, end: input.selectionEnd ?? 0, length: input.value.length };
        if (!arrowLeavesInput(event.key, caret, direction)) return;
      }
      const next = nextCell({ row, col }, event, { rows, cols }, direction);
      if (!next) {
        if (event.key === 'Enter') event.preventDefault();
        return;
      }
      event.preventDefault();
      focusCell(tableRef.current, next);
    },
    [dispatch, direction, rows, cols, tableRef],
  );

  return (
    <div className={classes.scroll}>
      <table className={classes.table} ref={tableRef} aria-label={t('grades.grid.name')}>
        <thead>
          <tr>
            <th scope="col" className={classes.name}>
              {t('grades.grid.pupil')}
            </th>
            {columns.map((column) => (
              <th scope="col" key={column.id}>
                {column.label}
                <span className={classes.date}>{formatDate(column.date, { dateStyle: 'medium' })}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {students.map((student, index) => (
            <GradeGridRow
              key={student.id}
              rowIndex={index}
              student={student}
              columns={columns}
              recorded={recorded[student.id]}
              drafts={state.drafts[student.id]}
              serverErrors={state.serverErrors[student.id]}
              readOnly={readOnly}
              onEdit={onEdit}
              onKeyDown={onKeyDown}
            />
          ))}
        </tbody>
      </table>
    </div>
  );
}
