import { Group, NativeSelect, useTranslation } from '@massar/ui';
import { INDICATORS, type IndicatorKey } from '../constants/Indicators';

interface Props {
  years: readonly string[];
  year: string;
  indicator: IndicatorKey;
  onYear: (year: string) => void;
  onIndicator: (indicator: IndicatorKey) => void;
}

/** The school year and the indicator the map, the tables and the charts show. */
export function DashboardControls({ years, year, indicator, onYear, onIndicator }: Props) {
  const { t } = useTranslation();
  return (
    <Group gap="md" align="end">
      <NativeSelect label={t('dashboard.controls.year')} value={year} onChange={(e) => onYear(e.currentTarget.value)} data={years.map((y) => ({ value: y, label: y }))} size="md" />
      <NativeSelect
        label={t('dashboard.controls.indicator')}
        value={indicator}
        onChange={(e) => onIndicator(e.currentTarget.value as IndicatorKey)}
        data={INDICATORS.map((i) => ({ value: i.key, label: t(`dashboard.indicator.${i.key}`) }))}
        size="md"
      />
    </Group>
  );
}
