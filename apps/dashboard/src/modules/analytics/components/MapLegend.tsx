import { Text, useLanguage, useTranslation } from '@massar/ui';
import { NO_DATA_COLOUR, type LegendClass } from '../utils/colourScale';
import { formatValue, type FigureKind } from '../utils/figures';
import classes from './Dashboard.module.css';

/** The map's classes in words: each colour with the range of values it stands for. */
export function MapLegend({ legend, kind, title }: { legend: readonly LegendClass[]; kind: FigureKind; title: string }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const range = (c: LegendClass) =>
    c.from === c.to ? formatValue(c.from, kind, language) : t('dashboard.map.range', { from: formatValue(c.from, kind, language), to: formatValue(c.to, kind, language) });
  return (
    <div>
      <Text fw={700} size="sm" id="map-legend-title">
        {title}
      </Text>
      <ul className={classes.legend} aria-labelledby="map-legend-title">
        {legend.map((c) => (
          <li key={c.colour}>
            <span className={classes.swatch} style={{ background: c.colour }} aria-hidden="true" />
            <bdi>{range(c)}</bdi>
          </li>
        ))}
        <li>
          <span className={classes.swatch} style={{ background: NO_DATA_COLOUR }} aria-hidden="true" />
          {t('dashboard.map.noData')}
        </li>
      </ul>
    </div>
  );
}
