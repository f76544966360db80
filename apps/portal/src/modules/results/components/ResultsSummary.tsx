import type { Decision } from '@massar/client';
import { Paper, SimpleStat, useEvaluationLabels, useFormatters, useTranslation, type DerivationTableStep } from '@massar/ui';
import { AverageDerivation } from './AverageDerivation';

export interface ResultsSummaryProps {
  generalAverage?: number | null;
  rank?: number | null;
  classAverage?: number | null;
  decision?: Decision | null;
  /** How the general average was computed (its lines, one per subject or term). */
  derivation?: readonly DerivationTableStep[];
  /** Words a derivation line's label (see useDerivationText). */
  word: (label: string) => string;
}

/**
 * The figures a family looks for first: general average, rank, class average (and the year's
 * decision), then how the general average was computed, on demand.
 */
export function ResultsSummary({ generalAverage, rank, classAverage, decision, derivation = [], word }: ResultsSummaryProps) {
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
      <AverageDerivation steps={derivation} result={generalAverage} tableName={t('results.derivationGeneral')} word={word} />
    </Paper>
  );
}
