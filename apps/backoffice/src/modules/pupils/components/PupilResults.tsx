import { EmptyState, NativeSelect, Stack, Table, Text, localizedName, useEvaluationLabels, useFormatters, useLanguage, useTranslation } from '@massar/ui';
import { hasAnyAverage, subjectRows } from '../utils/resultRows';
import type { PupilRecord } from './PupilIdentity';

export interface PupilResultsProps {
  pupil: PupilRecord;
  years: string[];
  year: string;
  onYearChange: (year: string) => void;
}

/** One year's results: each subject's S1, S2 and year averages, the general averages, rank and the year-end decision. */
export function PupilResults({ pupil, years, year, onYearChange }: PupilResultsProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const labels = useEvaluationLabels();
  const { formatGrade } = useFormatters();
  const { s1, s2, yearResults } = pupil;
  const rows = subjectRows(s1, s2, yearResults);
  const grade = (value: number | null | undefined) => (value === null || value === undefined ? '—' : formatGrade(value));
  const rank = (value: number | null | undefined) => (value === null || value === undefined ? '—' : String(value));
  const decision = yearResults?.decision;

  return (
    <Stack gap="sm">
      {years.length > 1 && (
        <NativeSelect label={t('record.resultsYear')} value={year} onChange={(event) => onYearChange(event.currentTarget.value)} data={years} w="14rem" />
      )}
      {!hasAnyAverage(rows, [s1?.generalAverage, s2?.generalAverage, yearResults?.generalAverage]) ? (
        <EmptyState>{t('record.noResults', { year })}</EmptyState>
      ) : (
        <>
          <Table striped aria-label={t('record.resultsTable', { year })}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('record.subject')}</Table.Th>
                <Table.Th scope="col">{t('record.coefficient')}</Table.Th>
                <Table.Th scope="col">{labels.term('S1')}</Table.Th>
                <Table.Th scope="col">{labels.term('S2')}</Table.Th>
                <Table.Th scope="col">{labels.term('YEAR')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((r) => (
                <Table.Tr key={r.code}>
                  <Table.Th scope="row">{localizedName(r.subject, language)}</Table.Th>
                  <Table.Td>{r.coefficient}</Table.Td>
                  <Table.Td>{grade(r.s1)}</Table.Td>
                  <Table.Td>{grade(r.s2)}</Table.Td>
                  <Table.Td>{grade(r.year)}</Table.Td>
                </Table.Tr>
              ))}
              <Table.Tr>
                <Table.Th scope="row">{t('record.generalAverage')}</Table.Th>
                <Table.Td />
                <Table.Td fw={700}>{grade(s1?.generalAverage)}</Table.Td>
                <Table.Td fw={700}>{grade(s2?.generalAverage)}</Table.Td>
                <Table.Td fw={700}>{grade(yearResults?.generalAverage)}</Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Th scope="row">{t('record.rank')}</Table.Th>
                <Table.Td />
                <Table.Td>{rank(s1?.rank)}</Table.Td>
                <Table.Td>{rank(s2?.rank)}</Table.Td>
                <Table.Td>{rank(yearResults?.rank)}</Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Th scope="row">{t('record.classAverage')}</Table.Th>
                <Table.Td />
                <Table.Td>{grade(s1?.classAverage)}</Table.Td>
                <Table.Td>{grade(s2?.classAverage)}</Table.Td>
                <Table.Td>{grade(yearResults?.classAverage)}</Table.Td>
              </Table.Tr>
            </Table.Tbody>
          </Table>
          <Text>
            <strong>{t('record.decision')}</strong>{' '}
            {decision
              ? `${labels.decision(decision)} — ${yearResults?.decisionConfirmed ? t('record.decisionConfirmed') : t('record.decisionProposed')}`
              : t('record.noDecision')}
          </Text>
        </>
      )}
    </Stack>
  );
}
