import { VisuallyHidden, useLanguage, useTranslation } from '@massar/ui';
import { useMinCellPupils } from '../hooks/useMinCellPupils';
import { countText, figureState, figureText, type FigureKind, type FigureLike } from '../utils/figures';
import classes from './Dashboard.module.css';

interface Props {
  figure: FigureLike | null | undefined;
  kind: FigureKind;
  /** Show "n = …" after the value (tables show the count in its own column instead). */
  withCount?: boolean;
}

/** A figure in words: its value, "< 10" when suppressed (with why, for every reader), or "not available". */
export function FigureValue({ figure, kind, withCount = false }: Props) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const min = useMinCellPupils();
  const state = figureState(figure);
  if (state === 'suppressed')
    return (
      <span className={classes.suppressed} title={t('dashboard.figure.suppressedWhy', { min })}>
        <span aria-hidden="true">{t('dashboard.figure.suppressedShort', { min })}</span>
        <VisuallyHidden>{t('dashboard.figure.suppressedWhy', { min })}</VisuallyHidden>
      </span>
    );
  if (state === 'unavailable') return <span className={classes.unavailable}>{t('dashboard.figure.unavailable')}</span>;
  const count = countText(figure, language);
  return (
    <span>
      <bdi>{figureText(figure, kind, language)}</bdi>
      {withCount && count !== null && kind !== 'count' && (
        <span className={classes.count}> ({t('dashboard.figure.nEquals', { n: count })})</span>
      )}
    </span>
  );
}
