import type { Decision } from '@massar/client';
import { Paper, SimpleStat, useEvaluationLabels, useFormatters, useTranslation } from '@massar/ui';

export interface ResultsSummaryProps {
  generalAverage?: number | null;
  rank?: number | null;
  classAverage?: number | null;
  decision?: Decision | null;
}

/** The figures a family looks for first: general average, rank, class average (and the year's decision). */
export function ResultsSummary({ generalAverage, rank, classAverage, decision }: ResultsSummaryProps) {
  const { t } = useTranslation();
  const labels = useEvaluationLabels();
  const { formatGrade, formatNumber } = useFormatters();
  const grade = (value?: number | null) => (value === null || value === undefined ? '—' : t('results.outOf20', { value: formatGrade(value) }));
  return (
    <Paper withBorder p="md">
      <div className="massar-stats">
        <SimpleStat label={t('results.generalAverage')} value={grade(generalAverage)} emphasis />
        <SimpleStat label={t('results.rank')} value={rank === null || rank === undefined ? '—' : formatNumber(rank)} />
        <SimpleStat label={t('results.classAverage')} value={grade(classAverage)} />
        {decision && <SimpleStat label={t('results.decision')} value={labels.decision(decision)} />}
      </div>
    </Paper>
  );
}
