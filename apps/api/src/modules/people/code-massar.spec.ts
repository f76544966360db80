import { describe, expect, it } from 'vitest';
import { DomainError } from '../../core/errors.js';
import { looksLikeCodeMassar, normalizeCodeMassar } from './code-massar.js';

describe('code Massar', () => {
  it('accepts one letter and nine digits, in any case and with spaces around', () => {
    expect(normalizeCodeMassar(' j130024519 ')).toBe('J130024519');
    expect(looksLikeCodeMassar('J130024519')).toBe(true);
  });

  it.each(['J13002451', 'J1300245190', '1130024519', 'JJ30024519', 'J13002451X', ''])('refuses %j', (raw) => {
    expect(() => normalizeCodeMassar(raw)).toThrow(DomainError);
    expect(looksLikeCodeMassar(raw)).toBe(false);
  });

  it('refuses with a coded BAD_USER_INPUT on the field named', () => {
    expect(() => normalizeCodeMassar('J13', 'identifier')).toThrow(
      expect.objectContaining({ code: 'BAD_USER_INPUT', details: { field: 'identifier', reason: 'INVALID_CODE_MASSAR' } }),
    );
  });
});
