import { useCallback, useMemo } from 'react';
import { localizedName } from '../i18n/localizedName';
import { useLanguage } from '../i18n/useLanguage';
import { parseDerivationLabel } from './derivationLabel';
import { useEvaluationLabels } from './useEvaluationLabels';

type NamedSubject = { code: string; nameFr: string; nameAr: string };

/**
 * Words a DerivationStep label ("CONTINUOUS 2 JUSTIFIED", "MATH", "S1") in the reader's language;
 * `subjects` names the subject codes a general average's lines carry.
 */
export function useDerivationText(subjects: readonly NamedSubject[]): (label: string) => string {
  const { language } = useLanguage();
  const labels = useEvaluationLabels();
  const byCode = useMemo(() => new Map(subjects.map((s) => [s.code, s])), [subjects]);
  const codes = useMemo(() => new Set(byCode.keys()), [byCode]);
  return useCallback(
    (label: string): string => {
      const line = parseDerivationLabel(label, codes);
      switch (line.kind) {
        case 'assessment': {
          const name = labels.assessment(line.assessment);
          return line.absence ? `${name} (${labels.absence(line.absence)})` : name;
        }
        case 'examKind':
          return labels.kind(line.examKind);
        case 'term':
          return labels.term(line.term);
        case 'subject':
          return localizedName(byCode.get(line.code)!, language);
        case 'other':
          return line.label;
      }
    },
    [codes, byCode, labels, language],
  );
}
