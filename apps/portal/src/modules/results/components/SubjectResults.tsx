import type { Absence, AssessmentKind } from '@massar/client';
import { Table, Text, localizedName, useEvaluationLabels, useFormatters, useLanguage, useTranslation } from '@massar/ui';

export interface ChildGrade {
  subjectId: string;
  assessment: { kind: AssessmentKind; number: number };
  date: string;
  value?: number | null;
  absence?: Absence | null;
}

export interface SubjectResultsProps {
  subjects: { average?: number | null; coefficient: number; subject: { id: string; code: string; nameFr: string; nameAr: string } }[];
  grades: ChildGrade[];
}

/** Each subject's average and coefficient, with the child's grades beneath its name; narrow enough for a phone. */
export function SubjectResults({ subjects, grades }: SubjectResultsProps) {
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
          return (
            <Table.Tr key={s.subject.id}>
              <Table.Th scope="row" fw={500}>
                {localizedName(s.subject, language)}
                {mine.length > 0 && (
                  <Text component="span" display="block" size="xs" c="dimmed" fw={400}>
                    {mine.map((g) => t('results.gradeLine', { label: labels.assessment(g.assessment), grade: gradeText(g) })).join(' · ')}
                  </Text>
                )}
              </Table.Th>
              <Table.Td>{formatNumber(s.coefficient)}</Table.Td>
              <Table.Td fw={700}>{s.average === null || s.average === undefined ? '—' : formatGrade(s.average)}</Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}
