/** Text typed per pupil then per assessment: only the cells changed since the last load. */
export type CellTexts = Record<string, Record<string, string>>;

/** The reason the server refused a cell (OUT_OF_RANGE, NOT_IN_CLASS…), per pupil then assessment. */
export type CellErrors = Record<string, Record<string, string>>;

export interface GradeGridState {
  drafts: CellTexts;
  serverErrors: CellErrors;
}

export type GradeGridAction =
  | { type: 'edit'; studentId: string; assessmentId: string; text: string }
  | { type: 'revert'; studentId: string; assessmentId: string }
  | { type: 'saved'; assessmentIds: string[] }
  | { type: 'refused'; assessmentId: string; problems: { studentId: string; reason: string }[] }
  | { type: 'discard' };

export const EMPTY_GRID: GradeGridState = { drafts: {}, serverErrors: {} };

function withCell(cells: CellTexts, studentId: string, assessmentId: string, text: string | null): CellTexts {
  const row = { ...cells[studentId] };
  if (text === null) delete row[assessmentId];
  else row[assessmentId] = text;
  const next = { ...cells };
  if (Object.keys(row).length === 0) delete next[studentId];
  else next[studentId] = row;
  return next;
}

function withoutColumns(cells: CellTexts, assessmentIds: string[]): CellTexts {
  let next = cells;
  for (const studentId of Object.keys(cells)) {
    for (const assessmentId of assessmentIds) {
      if (next[studentId]?.[assessmentId] !== undefined) next = withCell(next, studentId, assessmentId, null);
    }
  }
  return next;
}

/**
 * The grid's edits, kept per row so that a keystroke gives a new object to its row only (the other
 * rows, memoized, do not render again).
 */
export function gradeGridReducer(state: GradeGridState, action: GradeGridAction): GradeGridState {
  switch (action.type) {
    case 'edit': {
      const serverErrors = state.serverErrors[action.studentId]?.[action.assessmentId]
        ? withCell(state.serverErrors, action.studentId, action.assessmentId, null)
        : state.serverErrors;
      return { drafts: withCell(state.drafts, action.studentId, action.assessmentId, action.text), serverErrors };
    }
    case 'revert':
      return {
        drafts: withCell(state.drafts, action.studentId, action.assessmentId, null),
        serverErrors: withCell(state.serverErrors, action.studentId, action.assessmentId, null),
      };
    case 'saved':
      return { drafts: withoutColumns(state.drafts, action.assessmentIds), serverErrors: withoutColumns(state.serverErrors, action.assessmentIds) };
    case 'refused': {
      let serverErrors = withoutColumns(state.serverErrors, [action.assessmentId]);
      for (const { studentId, reason } of action.problems) serverErrors = withCell(serverErrors, studentId, action.assessmentId, reason);
      return { ...state, serverErrors };
    }
    case 'discard':
      return EMPTY_GRID;
  }
}
