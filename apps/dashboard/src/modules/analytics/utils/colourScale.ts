/**
 * A sequential palette (ColorBrewer "Blues", 5 classes), light to dark: readable on a projector,
 * and the darkest class still carries white text. Colour is never the only cue: the table beside
 * the map and every region's accessible name carry the value.
 */
export const PALETTE = ['#deebf7', '#9ecae1', '#6baed6', '#3182bd', '#08519c'] as const;

/** Regions without a number to colour (suppressed, not available). */
export const NO_DATA_COLOUR = '#f1f3f5';

export interface LegendClass {
  /** Inclusive lower bound. */
  from: number;
  /** Inclusive upper bound (the next class starts above it). */
  to: number;
  colour: string;
}

/**
 * Up to five classes by quantiles of the distinct values (a few large regions would leave most of
 * an equal-interval scale empty). Fewer distinct values give fewer classes; none gives no legend.
 */
export function legendClasses(values: readonly (number | null)[], maxClasses = PALETTE.length): LegendClass[] {
  const distinct = [...new Set(values.filter((v): v is number => v !== null && Number.isFinite(v)))].sort((a, b) => a - b);
  if (distinct.length === 0) return [];
  const count = Math.min(maxClasses, distinct.length, PALETTE.length);
  const classes: LegendClass[] = [];
  for (let i = 0; i < count; i++) {
    const first = distinct[Math.floor((i * distinct.length) / count)];
    const last = distinct[Math.floor(((i + 1) * distinct.length) / count) - 1];
    classes.push({ from: first, to: last, colour: paletteColour(i, count) });
  }
  return classes;
}

/** Spread fewer classes across the whole palette, so two classes are light and dark, not two lights. */
function paletteColour(index: number, count: number): string {
  if (count === 1) return PALETTE[PALETTE.length - 1];
  return PALETTE[Math.round((index * (PALETTE.length - 1)) / (count - 1))];
}

/** The class a value falls in (null: no data). */
export function classOf(value: number | null, classes: readonly LegendClass[]): LegendClass | null {
  if (value === null || classes.length === 0) return null;
  return classes.find((c) => value <= c.to) ?? classes[classes.length - 1];
}

/** The fill of a value on the map. */
export function colourOf(value: number | null, classes: readonly LegendClass[]): string {
  return classOf(value, classes)?.colour ?? NO_DATA_COLOUR;
}

/** Text that reads on a class's fill (WCAG contrast on the two darkest blues needs white). */
export function textColourOn(fill: string): string {
  return fill === PALETTE[3] || fill === PALETTE[4] ? '#ffffff' : '#1a1b1e';
}
