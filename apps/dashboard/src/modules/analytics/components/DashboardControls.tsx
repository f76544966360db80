import { Group, NativeSelect, useTranslation } from '@massar/ui';
import { INDICATORS, type IndicatorKey } from '../constants/Indicators';
import { FILTER_VALUES, type FilterKey, type Filters } from '../utils/territory';

interface Props {
  years: readonly string[];
  year: string;
  indicator: IndicatorKey;
  filters: Filters;
  onYear: (year: string) => void;
  onIndicator: (indicator: IndicatorKey) => void;
  /** A filter's new value; '' for all. */
  onFilter: (key: FilterKey, value: string) => void;
}

/** The dimension whose names label each filter's values. */
const DIMENSION: Record<FilterKey, string> = { cycle: 'CYCLE', gender: 'GENDER', milieu: 'MILIEU', sector: 'SECTOR' };

/** The school year, the indicator the map, the tables and the charts show, and the slice's filters (cycle, gender, milieu, sector). */
export function DashboardControls({ years, year, indicator, filters, onYear, onIndicator, onFilter }: Props) {
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
      {(Object.keys(FILTER_VALUES) as FilterKey[]).map((key) => (
        <NativeSelect
          key={key}
          label={t(`dashboard.dimension.${DIMENSION[key]}`)}
          value={filters[key] ?? ''}
          onChange={(e) => onFilter(key, e.currentTarget.value)}
          data={[{ value: '', label: t('dashboard.controls.all') }, ...FILTER_VALUES[key].map((v) => ({ value: v, label: t(`dashboard.value.${DIMENSION[key]}.${v}`) }))]}
          size="md"
        />
      ))}
    </Group>
  );
}
