import { Anchor, Table, localeOf, localizedName, useLanguage, useTranslation } from '@massar/ui';
import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { kindOf, type IndicatorKey } from '../constants/Indicators';
import type { IndicatorRowLike } from '../types';
import { figureNumber } from '../utils/figures';
import { nextSort, sortRows, type SortState, type SortValue } from '../utils/sortRows';
import classes from './Dashboard.module.css';
import { ScrollableTable } from './ScrollableTable';
import { FigureValue } from './FigureValue';
import { SortableHeader } from './SortableHeader';

type Column = 'name' | 'enrolled' | 'indicator';

interface Props {
  rows: readonly IndicatorRowLike[];
  indicator: IndicatorKey;
  /** The table's accessible name (and its caption). */
  caption: string;
  /** The column of names: "Region", "Province", "School", "Gender"… */
  nameHeader: string;
  /** A row's name, when the API's names are codes (gender, milieu, sector). */
  nameOf?: (row: IndicatorRowLike) => string;
  /** Where a row's name leads (the drill-down), if anywhere. */
  linkOf?: (row: IndicatorRowLike) => string | null;
}

/** Rows of a breakdown: pupils enrolled (the count behind each row) and the chosen indicator; every column sorts. A rate's denominator is not given by the API. */
export function IndicatorTable({ rows, indicator, caption, nameHeader, nameOf, linkOf }: Props) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const [sort, setSort] = useState<SortState<Column> | null>(null);
  const name = (row: IndicatorRowLike) => nameOf?.(row) ?? localizedName(row, language);
  const showIndicator = indicator !== 'enrolled';
  const sorted = useMemo(() => {
    if (!sort) return rows;
    const valueOf = (row: IndicatorRowLike): SortValue => {
      if (sort.key === 'name') return name(row);
      if (sort.key === 'enrolled') return figureNumber(row.indicators.enrolled);
      return figureNumber(row.indicators[indicator]);
    };
    return sortRows(rows, valueOf, sort.direction, localeOf(language));
    // Memo keys: name depends on language only
  }, [rows, sort, indicator, language]);
  const onSort = (key: Column) => setSort(nextSort(sort, key, key !== 'name'));
  const header = (key: Column, label: string) => <SortableHeader label={label} sortKey={key} sort={sort} onSort={onSort} numeric={key !== 'name'} />;

  return (
    <ScrollableTable label={caption} minWidth={420}>
      <Table striped highlightOnHover fz="md" aria-label={caption}>
        <Table.Thead>
          <Table.Tr>
            {header('name', nameHeader)}
            {header('enrolled', t('dashboard.indicator.enrolled'))}
            {showIndicator && header('indicator', t(`dashboard.indicator.${indicator}`))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {sorted.map((row) => {
            const to = linkOf?.(row) ?? null;
            return (
              <Table.Tr key={row.code}>
                <Table.Th scope="row" fw={500}>
                  {to ? (
                    <Anchor component={Link} to={to}>
                      {name(row)}
                    </Anchor>
                  ) : (
                    name(row)
                  )}
                </Table.Th>
                <Table.Td className={classes.numeric}>
                  <FigureValue figure={row.indicators.enrolled} kind="count" />
                </Table.Td>
                {showIndicator && (
                  <Table.Td className={classes.numeric}>
                    <FigureValue figure={row.indicators[indicator]} kind={kindOf(indicator)} />
                  </Table.Td>
                )}
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </ScrollableTable>
  );
}
