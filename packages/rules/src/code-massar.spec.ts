import { describe, expect, it } from 'vitest';
import { cleanCodeMassar, isCodeMassar, looksLikeCodeMassar, parseCodeMassar } from './code-massar.js';

describe('code Massar', () => {
  it('reads one letter and nine digits, in any case and with spaces around, as stored', () => {
    expect(parseCodeMassar(' j130024519 ')).toBe('J130024519');
    expect(parseCodeMassar('J130024519')).toBe('J130024519');
    expect(looksLikeCodeMassar('\tl000000001\n')).toBe(true);
  });

  it.each(['', 'J13002451', 'J1300245190', '1130024519', 'JJ30024519', 'J13002451X', 'J 130024519', 'É130024519', 'J١٣٠٠٢٤٥١٩'])(
    'refuses %j',
    (raw) => {
      expect(parseCodeMassar(raw)).toBeNull();
      expect(looksLikeCodeMassar(raw)).toBe(false);
    },
  );

  it('cleans without checking, and checks only cleaned codes', () => {
    expect(cleanCodeMassar(' ab ')).toBe('AB');
    expect(isCodeMassar('J130024519')).toBe(true);
    expect(isCodeMassar('j130024519')).toBe(false);
    expect(isCodeMassar(' J130024519')).toBe(false);
  });
});
