import type { Decision, RowProblem } from '@massar/client';
import { streamFor } from '../../orientation/utils/streamChoices';

/** A pupil as the class council sees them: the decision in force (confirmed, else proposed) and its note. */
export interface CouncilPupil {
  id: string;
  codeMassar: string;
  decision: Decision | null;
  proposedDecision: Decision | null;
  confirmed: boolean;
  note: string | null;
  /** The stream decided for next year (PROMOTED into a streamed level, REORIENTED), by code. */
  streamCode?: string | null;
}

/** What the director changed, per student id: a decision, a note, a stream, or several. */
export type DecisionDrafts = Record<string, { decision?: Decision | null; note?: string; streamCode?: string | null }>;

export interface CouncilRow {
  studentId: string;
  codeMassar: string;
  decision: Decision | null;
  note: string;
  /** Only with PROMOTED and REORIENTED: another decision drops the stream chosen before. */
  streamCode: string | null;
  /** Differs from what the server holds. */
  changed: boolean;
}

/** Every pupil's decision and note as they would be confirmed: the draft, else what the server holds. */
export function councilRows(pupils: readonly CouncilPupil[], drafts: DecisionDrafts): CouncilRow[] {
  return pupils.map((p) => {
    const draft = drafts[p.id];
    const decision = draft?.decision !== undefined ? draft.decision : p.decision;
    const note = draft?.note ?? p.note ?? '';
    const streamCode = streamFor(decision, draft?.streamCode !== undefined ? draft.streamCode : (p.streamCode ?? null));
    const changed = decision !== p.decision || note.trim() !== (p.note ?? '').trim() || streamCode !== streamFor(p.decision, p.streamCode ?? null);
    return { studentId: p.id, codeMassar: p.codeMassar, decision, note, streamCode, changed };
  });
}

/** The server's refusal put back on its pupils: row index (in the rows sent) → student id → reason. */
export function refusedDecisions(sent: readonly CouncilRow[], problems: readonly RowProblem[]): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const p of problems) {
    const row = sent[p.index];
    if (row) errors[row.studentId] = p.reason;
  }
  return errors;
}
