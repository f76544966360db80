import { Paper, Stack, Title, useFormatters, useTranslation } from '@massar/ui';
import { averageBands, passRate } from '../utils/averageBands';
import classes from './ResultsOverview.module.css';

export interface ResultsOverviewProps {
  classAverage: number | null;
  averages: (number | null)[];
}

/** Class average, pass rate and the distribution of general averages as a small bar table (no chart library). */
export function ResultsOverview({ classAverage, averages }: ResultsOverviewProps) {
  const { t } = useTranslation();
  const { formatGrade, formatNumber } = useFormatters();
  const bands = averageBands(averages);
  const largest = Math.max(1, ...bands.map((b) => b.count));
  const rate = passRate(averages);
  const stats: [string, string][] = [
    [t('results.classAverage'), classAverage === null ? '—' : formatGrade(classAverage)],
    [t('results.pupils'), formatNumber(averages.length)],
    [t('results.passRate'), rate === null ? '—' : formatNumber(rate, { style: 'percent', maximumFractionDigits: 0 })],
  ];
  return (
    <Paper withBorder p="md">
      <Stack gap="md">
        <dl className={classes.stats}>
          {stats.map(([term, value]) => (
            <div key={term}>
              <dt>{term}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
        <Stack gap="xs">
          <Title order={3} size="h5" id="distribution-title">
            {t('results.distribution')}
          </Title>
          <table className={classes.bars} aria-labelledby="distribution-title">
            <thead>
              <tr>
                <th scope="col">{t('results.band')}</th>
                <th scope="col">{t('results.count')}</th>
                <th scope="col" className={classes.barCell} aria-hidden="true" />
              </tr>
            </thead>
            <tbody>
              {bands.map((band) => (
                <tr key={band.from}>
                  <th scope="row">{t('results.bandRange', { from: formatNumber(band.from), to: formatNumber(band.to) })}</th>
                  <td>{formatNumber(band.count)}</td>
                  <td className={classes.barCell} aria-hidden="true">
                    <div className={classes.bar} style={{ width: `${(band.count / largest) * 100}%` }} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </Stack>
      </Stack>
    </Paper>
  );
}
