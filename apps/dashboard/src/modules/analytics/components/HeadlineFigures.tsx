import { SimpleStat, Stack, Text, Title, useLanguage, useTranslation } from '@massar/ui';
import { INDICATORS } from '../constants/Indicators';
import { useMinCellPupils } from '../hooks/useMinCellPupils';
import type { RowIndicators } from '../types';
import { countText, figureState } from '../utils/figures';
import classes from './Dashboard.module.css';
import { FigureValue } from './FigureValue';

/** The slice's headline indicators, each with the number of pupils it is computed from. */
export function HeadlineFigures({ indicators }: { indicators: RowIndicators }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const min = useMinCellPupils();
  const anySuppressed = INDICATORS.some((i) => figureState(indicators[i.key]) === 'suppressed');
  return (
    <Stack gap="sm" component="section" aria-labelledby="headline-title">
      <Title order={2} id="headline-title">
        {t('dashboard.headline.title', { year: indicators.year })}
      </Title>
      <div className="massar-stats">
        {INDICATORS.map(({ key, kind }) => {
          const count = countText(indicators[key], language);
          return (
            <SimpleStat
              key={key}
              label={t(`dashboard.indicator.${key}`)}
              emphasis={key === 'enrolled'}
              value={
                <>
                  <FigureValue figure={indicators[key]} kind={kind} />
                  {count !== null && <div className={classes.count}>{t('dashboard.figure.nEquals', { n: count })}</div>}
                </>
              }
            />
          );
        })}
      </div>
      {anySuppressed && <Text size="sm">{t('dashboard.figure.suppressedNote', { min })}</Text>}
    </Stack>
  );
}
