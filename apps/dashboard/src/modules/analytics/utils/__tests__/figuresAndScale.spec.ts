import { describe, expect, it } from 'vitest';
import { NO_DATA_COLOUR, PALETTE, classOf, colourOf, legendClasses } from '../colourScale';
import { countText, figureNumber, figureState, figureText } from '../figures';

const nbsp = (s: string | null) => s?.replace(/[\u00a0\u202f]/g, ' ');

describe('a figure as text', () => {
  it('is never a number when suppressed, nor when not available', () => {
    const suppressed = { value: null, count: null, suppressed: true };
    const unavailable = { value: null, count: 120, suppressed: false };
    expect(figureState(suppressed)).toBe('suppressed');
    expect(figureText(suppressed, 'count', 'fr')).toBeNull();
    expect(countText(suppressed, 'fr')).toBeNull();
    expect(figureNumber(suppressed)).toBeNull();
    expect(figureState(unavailable)).toBe('unavailable');
    expect(figureText(unavailable, 'rate', 'fr')).toBeNull();
    expect(figureState(null)).toBe('unavailable');
    // A suppressed figure that (wrongly) came with a value still shows none.
    expect(figureText({ value: 3, count: 3, suppressed: true }, 'count', 'en')).toBeNull();
  });

  it('formats values per locale and kind', () => {
    const pupils = { value: 3000, count: 3000, suppressed: false };
    // fr-MA groups thousands with a dot, as Moroccan publications do.
    expect(nbsp(figureText(pupils, 'count', 'fr'))).toBe('3.000');
    expect(figureText(pupils, 'count', 'en')).toBe('3,000');
    expect(figureText(pupils, 'count', 'ar')).toMatch(/^(3.000|٣.٠٠٠)$/);
    const rate = { value: 0.125, count: 800, suppressed: false };
    expect(nbsp(figureText(rate, 'rate', 'fr'))).toBe('12,5 %');
    expect(figureText(rate, 'rate', 'en')).toBe('12.5%');
    expect(nbsp(figureText({ value: 11.456, count: 50, suppressed: false }, 'grade', 'fr'))).toBe('11,46');
    expect(figureText({ value: 0.98, count: 50, suppressed: false }, 'index', 'en')).toBe('0.98');
    expect(figureText({ value: 27.33, count: 50, suppressed: false }, 'ratio', 'en')).toBe('27.3');
    expect(nbsp(countText(rate, 'fr'))).toBe('800');
  });
});

describe('the map colour scale', () => {
  it('makes up to five classes by quantiles and colours each value by its class', () => {
    const classes = legendClasses([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, null]);
    expect(classes.map((c) => [c.from, c.to])).toEqual([[1, 2], [3, 4], [5, 6], [7, 8], [9, 10]]);
    expect(classes.map((c) => c.colour)).toEqual([...PALETTE]);
    expect(classOf(4, classes)?.from).toBe(3);
    expect(colourOf(10, classes)).toBe(PALETTE[4]);
    expect(colourOf(null, classes)).toBe(NO_DATA_COLOUR);
  });

  it('makes fewer classes for few distinct values, spread over the palette, and none without values', () => {
    const two = legendClasses([0.2, 0.8, 0.2]);
    expect(two.map((c) => [c.from, c.to, c.colour])).toEqual([[0.2, 0.2, PALETTE[0]], [0.8, 0.8, PALETTE[4]]]);
    expect(legendClasses([5]).map((c) => c.colour)).toEqual([PALETTE[4]]);
    expect(legendClasses([null, null])).toEqual([]);
  });

  it('gives each value exactly one class, the classes in order and not overlapping', () => {
    const values = [120, 3000, 15, 480, 480, 990, 61, 7, 2500, 1300, 300, 75];
    const classes = legendClasses(values);
    for (let i = 1; i < classes.length; i++) expect(classes[i].from).toBeGreaterThan(classes[i - 1].to);
    for (const v of values) {
      const c = classOf(v, classes)!;
      expect(v).toBeGreaterThanOrEqual(c.from);
      expect(v).toBeLessThanOrEqual(c.to);
    }
  });
});
