import { useTranslation } from '@massar/ui';
import { memo, type KeyboardEvent } from 'react';
import { cellStatus } from '../utils/cellStatus';
import { KNOWN_PROBLEMS } from '../constants/GradeProblems';
import classes from './GradeGrid.module.css';

export interface GridColumn {
  id: string;
  label: string;
  date: string;
}

export interface GridStudent {
  id: string;
  codeMassar: string;
  name: string;
}

export interface GradeGridRowProps {
  rowIndex: number;
  student: GridStudent;
  columns: GridColumn[];
  recorded: Record<string, string> | undefined;
  drafts: Record<string, string> | undefined;
  serverErrors: Record<string, string> | undefined;
  readOnly: boolean;
  onEdit: (studentId: string, assessmentId: string, text: string) => void;
  onKeyDown: (event: KeyboardEvent<HTMLInputElement>, row: number, col: number, studentId: string, assessmentId: string) => void;
}

/**
 * One pupil's row. Memoized: a keystroke changes the `drafts` of its own row only, so the other
 * rows of a 45-pupil grid do not render again.
 */
export const GradeGridRow = memo(function GradeGridRow({
  rowIndex,
  student,
  columns,
  recorded,
  drafts,
  serverErrors,
  readOnly,
  onEdit,
  onKeyDown,
}: GradeGridRowProps) {
  const { t } = useTranslation();
  return (
    <tr>
      <th scope="row" className={classes.name}>
        {student.name}
        <span className={classes.code}>
          <bdi>{student.codeMassar}</bdi>
        </span>
      </th>
      {columns.map((column, col) => {
        const status = cellStatus(drafts?.[column.id], recorded?.[column.id], serverErrors?.[column.id]);
        const errorId = status.problem ? `grade-error-${rowIndex}-${col}` : undefined;
        const problem = status.problem && KNOWN_PROBLEMS.has(status.problem) ? status.problem : 'UNKNOWN';
        return (
          <td key={column.id} className={classes.cell}>
            <input
              className={classes.input}
              type="text"
              autoComplete="off"
              spellCheck={false}
              data-row={rowIndex}
              data-col={col}
              data-changed={status.changed || undefined}
              value={status.text}
              readOnly={readOnly}
              aria-label={`${student.name} — ${column.label}`}
              aria-invalid={status.problem ? true : undefined}
              aria-describedby={errorId}
              onChange={(event) => onEdit(student.id, column.id, event.currentTarget.value)}
              onKeyDown={(event) => onKeyDown(event, rowIndex, col, student.id, column.id)}
              onFocus={(event) => event.currentTarget.select()}
            />
            {errorId && (
              <div id={errorId} className={classes.error}>
                {t(`grades.problem.${problem}`)}
              </div>
            )}
          </td>
        );
      })}
    </tr>
  );
});
