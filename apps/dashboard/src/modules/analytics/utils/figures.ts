import { formatNumber, type Language } from '@massar/ui';

/** A figure as the API answers it (Figure): value and count null when suppressed. */
export interface FigureLike {
  value?: number | null;
  count?: number | null;
  suppressed: boolean;
}

/** How a figure reads: a count of pupils, a rate (0..1, shown as a percentage), a grade /20, a ratio, an index. */
export type FigureKind = 'count' | 'rate' | 'grade' | 'ratio' | 'index';

export type FigureState = 'value' | 'suppressed' | 'unavailable';

/** A suppressed figure is never a number; value null without suppression is "not available". */
export function figureState(figure: FigureLike | null | undefined): FigureState {
  if (!figure) return 'unavailable';
  if (figure.suppressed) return 'suppressed';
  return figure.value === null || figure.value === undefined ? 'unavailable' : 'value';
}

const FORMATS: Record<FigureKind, Intl.NumberFormatOptions> = {
  count: { maximumFractionDigits: 0 },
  rate: { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 },
  grade: { minimumFractionDigits: 2, maximumFractionDigits: 2 },
  ratio: { minimumFractionDigits: 1, maximumFractionDigits: 1 },
  index: { minimumFractionDigits: 2, maximumFractionDigits: 2 },
};

/** A value of this kind in the reader's language ("12,5 %" in French, "12.5%" in English). */
export function formatValue(value: number, kind: FigureKind, language: Language): string {
  return formatNumber(value, language, FORMATS[kind]);
}

/** The figure's value as text, or null when it has none to show (suppressed, not available). */
export function figureText(figure: FigureLike | null | undefined, kind: FigureKind, language: Language): string | null {
  return figureState(figure) === 'value' ? formatValue(figure!.value!, kind, language) : null;
}

/** The number of pupils behind a figure, as text ("n = 1 234" is worded by the component), or null. */
export function countText(figure: FigureLike | null | undefined, language: Language): string | null {
  if (!figure || figure.suppressed || figure.count === null || figure.count === undefined) return null;
  return formatNumber(figure.count, language);
}

/** The figure's value for sorting and colouring: null when it is not a number to show. */
export function figureNumber(figure: FigureLike | null | undefined): number | null {
  return figureState(figure) === 'value' ? figure!.value! : null;
}
