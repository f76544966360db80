import type { Absence, GradeSheetPreviewFieldsFragment } from '@massar/client';
import { Table, useEvaluationLabels, useFormatters, useLanguage, useTranslation } from '@massar/ui';
import { SHEET_ROW_REASONS } from '../constants/GradeProblems';


/** The rows an import cannot take (first), then every cell it would change, old → new. */
export function GradeSheetPreviewTables({ preview }: { preview: GradeSheetPreviewFieldsFragment }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const labels = useEvaluationLabels();
  const { formatGrade, formatNumber } = useFormatters();
  const grade = (value: number | null, absence: Absence | null) =>
    absence ? labels.absence(absence) : value === null ? '—' : formatGrade(value);
  return (
    <>
      {preview.errors.length > 0 && (
        <Table fz="sm" withTableBorder aria-label={t('sheet.errorsName')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('sheet.row')}</Table.Th>
              <Table.Th scope="col">{t('sheet.column')}</Table.Th>
              <Table.Th scope="col">{t('sheet.codeMassar')}</Table.Th>
              <Table.Th scope="col">{t('sheet.problem')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {preview.errors.map((e, i) => (
              <Table.Tr key={`${e.row}-${e.column ?? ''}-${i}`}>
                <Table.Td>{formatNumber(e.row)}</Table.Td>
                <Table.Td>{e.column ?? '—'}</Table.Td>
                <Table.Td>
                  <bdi>{e.codeMassar ?? '—'}</bdi>
                </Table.Td>
                <Table.Td c="red.9">{SHEET_ROW_REASONS.has(e.reason) ? t(`sheet.reasons.${e.reason}`) : e.message}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {preview.changes.length > 0 && (
        <Table fz="sm" withTableBorder aria-label={t('sheet.changesName')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('sheet.row')}</Table.Th>
              <Table.Th scope="col">{t('grades.grid.pupil')}</Table.Th>
              <Table.Th scope="col">{t('sheet.assessment')}</Table.Th>
              <Table.Th scope="col">{t('sheet.before')}</Table.Th>
              <Table.Th scope="col">{t('sheet.after')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {preview.changes.map((c) => (
              <Table.Tr key={`${c.row}-${c.assessmentLabel}`}>
                <Table.Td>{formatNumber(c.row)}</Table.Td>
                <Table.Td>{language === 'ar' ? c.studentNameAr : c.studentName}</Table.Td>
                <Table.Td>{c.assessmentLabel}</Table.Td>
                <Table.Td>{grade(c.oldValue, c.oldAbsence)}</Table.Td>
                <Table.Td fw={700}>{grade(c.newValue, c.newAbsence)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </>
  );
}
