import { Text, useFormatters, useTranslation } from '@massar/ui';
import { totalsWording, type Totals } from '../utils/attendanceTotals';

/** The term's totals of a pupil in words: hours absent (of which unjustified), lateness. */
export function TotalsText({ totals }: { totals: Totals }) {
  const { t } = useTranslation();
  const { formatNumber } = useFormatters();
  return (
    <Text size="xs" component="span">
      {totalsWording(totals)
        .map((w) =>
          w.key === 'absences.totals.none'
            ? t(w.key)
            : w.key === 'absences.totals.lateOnly'
              ? t(w.key, { count: w.late, late: formatNumber(w.late), minutes: formatNumber(w.minutes) })
              : t(w.key, { hours: formatNumber(w.hours), unjustified: formatNumber(w.unjustified) }),
        )
        .join(' · ')}
    </Text>
  );
}
