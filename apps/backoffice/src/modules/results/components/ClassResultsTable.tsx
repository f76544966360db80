import type { ClassResultsQuery, Term } from '@massar/client';
import { Button, Paper, Table, localizedName, localizedSortName, useEvaluationLabels, useFormatters, useLanguage, useTranslation } from '@massar/ui';
import { useEffect, useRef, useState } from 'react';
import { TotalsText } from '../../absences/components/TotalsText';
import { DerivationPanel } from './DerivationPanel';

type ResultsClass = Extract<NonNullable<ClassResultsQuery['node']>, { __typename: 'SchoolClass' }>;
export type ClassStudentResults = ResultsClass['results']['students'][number];
export type ClassSubjects = ResultsClass['subjects'];

export interface ClassResultsTableProps {
  students: ClassStudentResults[];
  subjects: ClassSubjects;
  term: Term | null;
}

/** Pupils by rank with their subject averages and general average; each row opens how it was computed. */
export function ClassResultsTable({ students, subjects, term }: ClassResultsTableProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const labels = useEvaluationLabels();
  const { formatGrade, formatNumber } = useFormatters();
  const [open, setOpen] = useState<string | null>(null);
  const grade = (value: number | null | undefined) => (value === null || value === undefined ? '—' : formatGrade(value));
  const sorted = [...students].sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity));
  const subjectList = subjects.map((s) => s.subject);
  const panelRef = useRef<HTMLDivElement>(null);
  const openRow = students.find((s) => s.student.id === open) ?? null;
  // Opening a pupil's computation takes the reader (and the focus) to it, below the table.
  useEffect(() => {
    if (open) panelRef.current?.focus();
  }, [open]);

  return (
    <>
      <Table.ScrollContainer minWidth={900} type="native">
        <Table striped highlightOnHover fz="sm" aria-label={t('results.tableName')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('results.rank')}</Table.Th>
              <Table.Th scope="col">{t('results.pupil')}</Table.Th>
              {subjects.map(({ subject, coefficient }) => (
                <Table.Th scope="col" key={subject.id}>
                  {localizedName(subject, language)}
                  <br />
                  <span style={{ fontWeight: 400 }}>{t('results.coefficient', { value: formatNumber(coefficient) })}</span>
                </Table.Th>
              ))}
              <Table.Th scope="col">{t('results.generalAverage')}</Table.Th>
              {!term && <Table.Th scope="col">{t('results.decision')}</Table.Th>}
              <Table.Th scope="col">{t('absences.totals.column')}</Table.Th>
              <Table.Th scope="col">{t('results.details')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {sorted.map((row) => {
              const name = localizedSortName(row.student, language);
              const expanded = open === row.student.id;
              return (
                <Table.Tr key={row.student.id}>
                  <Table.Td>{row.rank === null || row.rank === undefined ? '—' : formatNumber(row.rank)}</Table.Td>
                  <Table.Th scope="row" fw={500} style={{ whiteSpace: 'nowrap' }}>
                    {name}
                  </Table.Th>
                  {subjects.map(({ subject }) => (
                    <Table.Td key={subject.id}>{grade(row.subjects.find((s) => s.subject.id === subject.id)?.average)}</Table.Td>
                  ))}
                  <Table.Td fw={700}>{grade(row.generalAverage)}</Table.Td>
                  {!term && <Table.Td>{row.decision ? labels.decision(row.decision) : '—'}</Table.Td>}
                  <Table.Td>
                    <TotalsText totals={row.attendance} />
                  </Table.Td>
                  <Table.Td>
                    <Button
                      size="compact-sm"
                      variant="subtle"
                      aria-expanded={expanded}
                      aria-controls={expanded ? 'derivation-panel' : undefined}
                      aria-label={t('results.howFor', { name })}
                      onClick={() => setOpen(expanded ? null : row.student.id)}
                    >
                      {t('results.how')}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {openRow && (
        <Paper withBorder p="md" id="derivation-panel" ref={panelRef} tabIndex={-1}>
          <DerivationPanel
            studentId={openRow.student.id}
            term={term}
            pupilName={localizedSortName(openRow.student, language)}
            subjects={subjectList}
          />
        </Paper>
      )}
    </>
  );
}
