import { Table, localeOf, localizedName, useLanguage, useTranslation } from '@massar/ui';
import { useMemo, useState } from 'react';
import { formatValue } from '../utils/figures';
import { nextSort, sortRows, type SortState } from '../utils/sortRows';
import classes from './Dashboard.module.css';
import { ScrollableTable } from './ScrollableTable';
import { SortableHeader } from './SortableHeader';

export interface IntegrityFlagLike {
  school: { code: string; nameFr: string; nameAr: string };
  cycle: string;
  milieu: string;
  sector: string;
  pupils: number;
  continuousAverage: number;
  examAverage: number;
  gap: number;
  groupSchools: number;
  groupMeanGap: number;
  groupSpread: number;
  deviation: number;
}

type Column = 'school' | 'pupils' | 'continuousAverage' | 'examAverage' | 'gap' | 'groupMeanGap' | 'groupSpread' | 'deviation';
const NUMERIC: readonly Column[] = ['pupils', 'continuousAverage', 'examAverage', 'gap', 'groupMeanGap', 'groupSpread', 'deviation'];

/** The flagged schools with the figures behind each flag: its gap, its group's usual gap and spread, and how far it stands. */
export function IntegrityTable({ flags }: { flags: readonly IntegrityFlagLike[] }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const [sort, setSort] = useState<SortState<Column>>({ key: 'deviation', direction: 'descending' });
  const sorted = useMemo(
    () => sortRows(flags, (f) => (sort.key === 'school' ? localizedName(f.school, language) : sort.key === 'deviation' ? Math.abs(f.deviation) : f[sort.key]), sort.direction, localeOf(language)),
    [flags, sort, language],
  );
  const grade = (v: number) => formatValue(v, 'grade', language);
  const header = (key: Column) => (
    <SortableHeader key={key} label={t(`dashboard.integrity.column.${key}`)} sortKey={key} sort={sort} onSort={(k) => setSort(nextSort(sort, k, NUMERIC.includes(k)))} numeric={key !== 'school'} />
  );
  return (
    <ScrollableTable label={t('dashboard.integrity.tableName')} minWidth={960}>
      <Table striped fz="md" aria-label={t('dashboard.integrity.tableName')}>
        <Table.Thead>
          <Table.Tr>
            {header('school')}
            <Table.Th scope="col">{t('dashboard.integrity.column.group')}</Table.Th>
            {NUMERIC.map(header)}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {sorted.map((f) => (
            <Table.Tr key={`${f.school.code}:${f.cycle}`}>
              <Table.Th scope="row" fw={500}>{localizedName(f.school, language)}</Table.Th>
              <Table.Td>
                {t(`dashboard.value.CYCLE.${f.cycle}`)} · {t(`dashboard.value.MILIEU.${f.milieu}`)} · {t(`dashboard.value.SECTOR.${f.sector}`)} ({t('dashboard.integrity.schools', { n: formatValue(f.groupSchools, 'count', language) })})
              </Table.Td>
              <Table.Td className={classes.numeric}>{formatValue(f.pupils, 'count', language)}</Table.Td>
              <Table.Td className={classes.numeric}>{grade(f.continuousAverage)}</Table.Td>
              <Table.Td className={classes.numeric}>{grade(f.examAverage)}</Table.Td>
              <Table.Td className={classes.numeric}>{grade(f.gap)}</Table.Td>
              <Table.Td className={classes.numeric}>{grade(f.groupMeanGap)}</Table.Td>
              <Table.Td className={classes.numeric}>{grade(f.groupSpread)}</Table.Td>
              <Table.Td className={classes.numeric}>{formatValue(f.deviation, 'ratio', language)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollableTable>
  );
}
