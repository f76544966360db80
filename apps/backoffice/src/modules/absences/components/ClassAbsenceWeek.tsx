import { useQuery } from '@apollo/client/react';
import { ListSection } from '@massar/client/shell';
import { Table, VisuallyHidden, currentTerm, localizedSortName, useLanguage, useTranslation } from '@massar/ui';
import { CLASS_ABSENCE_WEEK } from '../graphql/queries/classAbsenceWeek';
import { useLessonWords } from '../hooks/useLessonWords';
import { dayOf } from '../utils/localDates';
import { SCHOOL_DAYS, weekDays, weekGrid } from '../utils/weekGrid';
import { AbsenceBadge } from './AbsenceBadge';
import { TotalsText } from './TotalsText';

/** A class's week as pupils × days (Monday to Saturday) with each absence's status, and each pupil's term totals. */
export function ClassAbsenceWeek({ classId, monday }: { classId: string; monday: string }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const words = useLessonWords();
  const days = weekDays(monday);
  const term = currentTerm(dayOf(monday));
  const { data, loading, error, refetch } = useQuery(CLASS_ABSENCE_WEEK, {
    variables: { classId, from: days[0], to: days[SCHOOL_DAYS - 1], term },
    fetchPolicy: 'cache-and-network',
  });
  const schoolClass = data?.node?.__typename === 'SchoolClass' ? data.node : null;
  const pupils = schoolClass?.students.edges.map((e) => e.node) ?? [];
  const rows = weekGrid(pupils, schoolClass?.absences ?? [], monday);

  return (
    <ListSection
      id="class-week-title"
      title={t('absences.week.tableTitle', { className: schoolClass?.name ?? '', from: words.day(days[0]), to: words.day(days[SCHOOL_DAYS - 1]) })}
      loading={loading && !data}
      error={error}
      onRetry={() => void refetch()}
      empty={t('absences.week.noPupils')}
      itemCount={rows.length}
    >
      <Table.ScrollContainer minWidth={1000} type="native">
        <Table striped withColumnBorders fz="sm" aria-label={t('absences.week.tableName', { className: schoolClass?.name ?? '' })}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('absences.week.pupil')}</Table.Th>
              {days.map((d) => (
                <Table.Th scope="col" key={d}>
                  {words.shortDay(d)}
                </Table.Th>
              ))}
              <Table.Th scope="col">{t('absences.week.termTotals', { term: t(`absences.term.${term}`) })}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map(({ pupil, cells }) => (
              <Table.Tr key={pupil.id}>
                <Table.Th scope="row" fw={500} style={{ whiteSpace: 'nowrap' }}>
                  {localizedSortName(pupil, language)}
                </Table.Th>
                {cells.map((cell, i) => (
                  <Table.Td key={days[i]}>
                    {cell.length === 0 ? (
                      <>
                        <span aria-hidden="true">—</span>
                        <VisuallyHidden>{t('absences.week.present')}</VisuallyHidden>
                      </>
                    ) : (
                      cell.map((a) => <AbsenceBadge key={a.id} absence={a} />)
                    )}
                  </Table.Td>
                ))}
                <Table.Td>
                  <TotalsText totals={pupil.attendance} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </ListSection>
  );
}
