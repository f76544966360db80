import { useTranslation } from 'react-i18next';
import { assessmentLabel } from './assessmentLabel';
import type { Absence, AssessmentKind, Decision, Term, TermStatus } from './vocabulary';

/** Names of the evaluation vocabulary (terms, statuses, assessments, decisions) in the current language. */
export function useEvaluationLabels() {
  const { t } = useTranslation('ui');
  return {
    term: (term: Term | 'YEAR') => t(`evaluation.term.${term}`),
    termStatus: (status: TermStatus) => t(`evaluation.termStatus.${status}`),
    kind: (kind: AssessmentKind) => t(`evaluation.kind.${kind}`),
    assessment: (assessment: { kind: AssessmentKind; number: number }) => assessmentLabel(assessment, t),
    decision: (decision: Decision) => t(`evaluation.decision.${decision}`),
    absence: (absence: Absence) => t(`evaluation.absence.${absence}`),
  };
}
