import type { Absence, AssessmentKind } from '@massar/client';
import {
  Table,
  Text,
  localizedName,
  useEvaluationLabels,
  useFormatters,
  useLanguage,
  useTranslation,
  type DerivationTableStep,
} from '@massar/ui';
import { Fragment } from 'react';
import { AverageDerivation } from './AverageDerivation';

export interface ChildGrade {
  subjectId: string;
  assessment: { kind: AssessmentKind; number: number };
  date: string;
  value?: number | null;
  absence?: Absence | null;
}

export interface SubjectResultsProps {
  subjects: {
    average?: number | null;
    coefficient: number;
    subject: { id: string; code: string; nameFr: string; nameAr: string };
    derivation?: readonly DerivationTableStep[];
  }[];
  grades: ChildGrade[];
  /** Words a derivation line's label (see useDerivationText). */
  word: (label: string) => string;
}

/**
 * Each subject's average and coefficient, with the child's grades beneath its name and, on a row
 * of its own, how the average was computed; narrow enough for a phone.
 */
export function SubjectResults({ subjects, grades, word }: SubjectResultsProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const labels = useEvaluationLabels();
  const { formatGrade, formatNumber } = useFormatters();
  const gradeText = (g: ChildGrade) =>
    g.absence ? labels.absence(g.absence) : g.value === null || g.value === undefined ? '—' : formatGrade(g.value);
  return (
    <Table fz="sm" verticalSpacing="xs" horizontalSpacing="xs" aria-label={t('results.subjects')}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('results.subject')}</Table.Th>
          <Table.Th scope="col">{t('results.coefficient')}</Table.Th>
          <Table.Th scope="col">{t('results.average')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {subjects.map((s) => {
          const mine = grades.filter((g) => g.subjectId === s.subject.id);
          const name = localizedName(s.subject, language);
          const derivation = s.derivation ?? [];
          return (
            <Fragment key={s.subject.id}>
              {/* No line between a subject and its "how" row: they read as one. */}
              <Table.Tr style={derivation.length > 0 ? { borderBottom: 'none' } : undefined}>
                <Table.Th scope="row" fw={500}>
                  {name}
                  {mine.length > 0 && (
                    <Text component="span" display="block" size="xs" c="dimmed" fw={400}>
                      {mine.map((g) => t('results.gradeLine', { label: labels.assessment(g.assessment), grade: gradeText(g) })).join(' · ')}
                    </Text>
                  )}
                </Table.Th>
                <Table.Td>{formatNumber(s.coefficient)}</Table.Td>
                <Table.Td fw={700}>{s.average === null || s.average === undefined ? '—' : formatGrade(s.average)}</Table.Td>
              </Table.Tr>
              {derivation.length > 0 && (
                <Table.Tr>
                  <Table.Td colSpan={3} pt={0}>
                    <AverageDerivation
                      steps={derivation}
                      result={s.average}
                      tableName={t('results.derivationSubject', { subject: name })}
                      context={name}
                      word={word}
                    />
                  </Table.Td>
                </Table.Tr>
              )}
            </Fragment>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}
