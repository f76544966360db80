import { localizedName, useEvaluationLabels, useLanguage } from '@massar/ui';
import { useCallback, useMemo } from 'react';
import { parseDerivationLabel } from '../utils/derivationLabel';

type NamedSubject = { code: string; nameFr: string; nameAr: string };

/** Words a DerivationStep label ("CONTINUOUS 2 JUSTIFIED", "MATH", "S1") in the reader's language. */
export function useDerivationText(subjects: readonly NamedSubject[]) {
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
