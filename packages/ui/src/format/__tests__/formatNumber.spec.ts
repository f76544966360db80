import { describe, expect, it } from 'vitest';
import { formatGrade, formatNumber } from '../formatNumber';

describe('formatNumber', () => {
  it('uses the decimal separator of each locale', () => {
    expect(formatNumber(12.5, 'fr')).toBe('12,5');
    expect(formatNumber(12.5, 'ar')).toBe('12,5');
    expect(formatNumber(12.5, 'en')).toBe('12.5');
  });

  it('groups thousands in English with commas', () => {
    expect(formatNumber(8270000, 'en')).toBe('8,270,000');
  });

  it('keeps Western digits in Moroccan Arabic (ar-MA), not Arabic-Indic ones', () => {
    expect(formatNumber(2025, 'ar')).not.toMatch(/[٠-٩]/);
  });
});

describe('formatGrade', () => {
  it('always shows two decimals, as grades are /20 with two decimals', () => {
    expect(formatGrade(14.5, 'fr')).toBe('14,50');
    expect(formatGrade(9, 'en')).toBe('9.00');
    expect(formatGrade(17.256, 'en')).toBe('17.26');
  });
});
