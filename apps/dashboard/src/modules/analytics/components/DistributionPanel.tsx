import { useLanguage, useTranslation } from '@massar/ui';
import { useMemo } from 'react';
import { useChartText } from '../hooks/useChartText';
import { useChartExportLog } from '../hooks/useExports';
import type { DistributionBinLike, SliceLike } from '../types';
import { barOption, binLabel } from '../utils/chartOptions';
import { chartFilename } from '../utils/download';
import { figureNumber, formatValue } from '../utils/figures';
import { LazyChart } from './LazyParts';
import { Panel } from './Panel';

interface Props {
  slice: SliceLike;
  bins: readonly DistributionBinLike[];
  /** averages (the general averages /20) or classSizes (pupils per class). */
  what: 'averages' | 'classSizes';
}

/** A distribution as bars: pupils per band of general averages, or classes per band of size. */
export function DistributionPanel({ slice, bins, what }: Props) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const text = useChartText('count');
  const logExport = useChartExportLog(slice);
  const option = useMemo(
    () => barOption(bins.map((bin) => ({ label: binLabel(bin, (v) => formatValue(v, 'count', language)), value: figureNumber(bin.pupils) })), text),
    // Memo keys: text changes with the language only
    [bins, language, text.missing],
  );
  const title = t(`dashboard.distribution.${what}`);
  return (
    <Panel title={title}>
      <LazyChart option={option} label={title} filename={chartFilename(what, [slice.year, slice.regionCode, slice.provinceCode, slice.schoolCode])} onSaved={() => logExport(`distribution:${what}`)} />
    </Panel>
  );
}
