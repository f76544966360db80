import { Table, useLanguage, useTranslation } from '@massar/ui';
import { useMemo } from 'react';
import { useChartText } from '../hooks/useChartText';
import { useChartExportLog } from '../hooks/useExports';
import type { SliceLike, SupportCoverageLike } from '../types';
import { barOption } from '../utils/chartOptions';
import { chartFilename } from '../utils/download';
import { figureNumber } from '../utils/figures';
import classes from './Dashboard.module.css';
import { ScrollableTable } from './ScrollableTable';
import { FigureValue } from './FigureValue';
import { LazyChart } from './LazyParts';
import { Panel } from './Panel';

function programmeName(programme: SupportCoverageLike['programme'], language: string) {
  return language === 'ar' ? programme.nameAr : language === 'en' ? programme.nameEn : programme.nameFr;
}

/** Each support programme's coverage (beneficiaries over eligible pupils) as bars, and its figures in a table. */
export function SupportPanel({ slice, support }: { slice: SliceLike; support: readonly SupportCoverageLike[] }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const text = useChartText('rate');
  const logExport = useChartExportLog(slice);
  const option = useMemo(
    () => barOption(support.map((s) => ({ label: programmeName(s.programme, language), value: figureNumber(s.coverage) })), text),
    // Memo keys: text changes with the language only
    [support, language, text.missing],
  );
  const title = t('dashboard.support.title');
  return (
    <Panel title={title}>
      <LazyChart option={option} label={title} filename={chartFilename('support-coverage', [slice.year, slice.regionCode, slice.provinceCode, slice.schoolCode])} onSaved={() => logExport('support:coverage')} />
      <ScrollableTable label={title} minWidth={520}>
        <Table striped fz="md" aria-label={title}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('dashboard.support.programme')}</Table.Th>
              <Table.Th scope="col" className={classes.numeric}>{t('dashboard.support.eligible')}</Table.Th>
              <Table.Th scope="col" className={classes.numeric}>{t('dashboard.support.beneficiaries')}</Table.Th>
              <Table.Th scope="col" className={classes.numeric}>{t('dashboard.support.coverage')}</Table.Th>
              <Table.Th scope="col" className={classes.numeric}>{t('dashboard.support.amount')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {support.map((s) => (
              <Table.Tr key={s.programme.code}>
                <Table.Th scope="row" fw={500}>{programmeName(s.programme, language)}</Table.Th>
                <Table.Td className={classes.numeric}><FigureValue figure={s.eligible} kind="count" /></Table.Td>
                <Table.Td className={classes.numeric}><FigureValue figure={s.beneficiaries} kind="count" /></Table.Td>
                <Table.Td className={classes.numeric}><FigureValue figure={s.coverage} kind="rate" /></Table.Td>
                <Table.Td className={classes.numeric}><FigureValue figure={s.amount} kind="count" /></Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollableTable>
    </Panel>
  );
}
