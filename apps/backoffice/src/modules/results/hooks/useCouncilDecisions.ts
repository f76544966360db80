import { useMutation } from '@apollo/client/react';
import { rowProblems, type Decision } from '@massar/client';
import { useCallback, useMemo, useState } from 'react';
import { CONFIRM_DECISIONS } from '../graphql/mutations/confirmDecisions';
import { councilRows, refusedDecisions, type CouncilPupil, type DecisionDrafts } from '../utils/councilDecisions';

export type CouncilOutcome =
  | { kind: 'confirmed'; count: number }
  | { kind: 'missing'; count: number }
  | { kind: 'refused'; count: number }
  | { kind: 'error'; error: unknown };

/**
 * The director's drafts of the class council's decisions and their confirmation: every pupil in
 * one confirmDecisions (all or nothing), nothing sent while a pupil has no decision, and the
 * server's refusals put back on their pupils.
 */
export function useCouncilDecisions(classId: string, pupils: readonly CouncilPupil[], onConfirmed: () => Promise<unknown>) {
  const [drafts, setDrafts] = useState<DecisionDrafts>({});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [outcome, setOutcome] = useState<CouncilOutcome | null>(null);
  const [confirm, { loading }] = useMutation(CONFIRM_DECISIONS);
  const rows = useMemo(() => councilRows(pupils, drafts), [pupils, drafts]);
  const changed = rows.filter((r) => r.changed).length;

  const edit = useCallback((studentId: string, change: { decision?: Decision | null; note?: string; streamCode?: string | null }) => {
    setDrafts((d) => ({ ...d, [studentId]: { ...d[studentId], ...change } }));
    setErrors((e) => {
      if (!e[studentId]) return e;
      const { [studentId]: _cleared, ...rest } = e;
      return rest;
    });
  }, []);

  const reset = useCallback(() => {
    setDrafts({});
    setErrors({});
    setOutcome(null);
  }, []);

  const submit = useCallback(async (): Promise<boolean> => {
    const missing = rows.filter((r) => !r.decision);
    if (missing.length > 0) {
      setErrors(Object.fromEntries(missing.map((r) => [r.studentId, 'REQUIRED'])));
      setOutcome({ kind: 'missing', count: missing.length });
      return false;
    }
    // A reorientation names the stream the pupil goes to (the API refuses it otherwise).
    const noStream = rows.filter((r) => r.decision === 'REORIENTED' && !r.streamCode);
    if (noStream.length > 0) {
      setErrors(Object.fromEntries(noStream.map((r) => [r.studentId, 'STREAM_REQUIRED'])));
      setOutcome({ kind: 'refused', count: noStream.length });
      return false;
    }
    setOutcome(null);
    const decisions = rows.map((r) => ({ codeMassar: r.codeMassar, decision: r.decision as Decision, note: r.note.trim() || null, streamCode: r.streamCode }));
    try {
      await confirm({ variables: { input: { classId, decisions } } });
    } catch (error) {
      const refused = refusedDecisions(rows, rowProblems(error));
      setErrors(refused);
      const count = Object.keys(refused).length;
      setOutcome(count > 0 ? { kind: 'refused', count } : { kind: 'error', error });
      return false;
    }
    await onConfirmed().catch(() => undefined);
    setDrafts({});
    setErrors({});
    setOutcome({ kind: 'confirmed', count: decisions.length });
    return true;
  }, [rows, classId, confirm, onConfirmed]);

  return { rows, changed, errors, outcome, edit, reset, submit, confirming: loading };
}
