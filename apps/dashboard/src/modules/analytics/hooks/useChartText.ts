import { directionOf, useLanguage, useTranslation } from '@massar/ui';
import { formatValue, type FigureKind } from '../utils/figures';

/** What a chart needs to speak the reader's language: the values' format, a gap's meaning, the direction. */
export function useChartText(kind: FigureKind) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  return {
    format: (value: number) => formatValue(value, kind, language),
    missing: t('dashboard.chart.missing'),
    direction: directionOf(language),
  };
}
