import { messageKeys } from '@massar/ui';
import { describe, expect, it } from 'vitest';
import ar from '../messages/ar.json';
import en from '../messages/en.json';
import fr from '../messages/fr.json';

describe('back-office messages', () => {
  it('has the same keys in every language', () => {
    expect(messageKeys(ar)).toEqual(messageKeys(fr));
    expect(messageKeys(en)).toEqual(messageKeys(fr));
  });

  it('titles the home page as the journeys expect', () => {
    expect(fr.home.title).toBe('Espace établissement');
  });
});
