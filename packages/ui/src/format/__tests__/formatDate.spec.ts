import { describe, expect, it } from 'vitest';
import { formatDate } from '../formatDate';

describe('formatDate', () => {
  it('writes a school date in each language', () => {
    expect(formatDate('2025-09-08', 'fr')).toBe('8 septembre 2025');
    expect(formatDate('2025-09-08', 'en')).toBe('September 8, 2025');
    // Moroccan Arabic month names (CLDR ar-MA): September is "شتنبر".
    expect(formatDate('2025-09-08', 'ar')).toContain('شتنبر');
  });

  it('keeps a GraphQL Date on its calendar day whatever the time zone', () => {
    expect(formatDate('2026-01-01', 'fr', { day: 'numeric', month: 'numeric', year: 'numeric' })).toBe('01/01/2026');
    expect(formatDate('2025-12-31', 'en', { day: 'numeric' })).toBe('31');
  });

  it('formats instants and Date objects too', () => {
    const instant = new Date(Date.UTC(2025, 5, 15, 12));
    expect(formatDate(instant, 'en', { year: 'numeric', timeZone: 'UTC' })).toBe('2025');
    expect(formatDate('2025-06-15T12:00:00Z', 'fr', { month: 'long', timeZone: 'UTC' })).toBe('juin');
  });
});
