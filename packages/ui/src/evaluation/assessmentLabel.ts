import type { TFunction } from 'i18next';
import type { AssessmentKind } from './vocabulary';

/**
 * "Contrôle 2", "Activités intégrées", "Examen local": tests are always numbered, other kinds
 * only from their second occurrence. `t` is the `ui` namespace's.
 */
export function assessmentLabel(assessment: { kind: AssessmentKind; number: number }, t: TFunction<'ui'>): string {
  const label = t(`evaluation.kind.${assessment.kind}`);
  if (assessment.kind !== 'CONTINUOUS' && assessment.number <= 1) return label;
  return t('evaluation.numbered', { label, number: assessment.number });
}
