import { messageKeys } from '@massar/ui';
import { describe, expect, it } from 'vitest';
import ar from '../messages/ar.json';
import en from '../messages/en.json';
import fr from '../messages/fr.json';
import mobilityAr from '../mobility/ar.json';
import mobilityEn from '../mobility/en.json';
import mobilityFr from '../mobility/fr.json';

describe('portal messages', () => {
  it('has the same keys in every language', () => {
    expect(messageKeys(ar)).toEqual(messageKeys(fr));
    expect(messageKeys(en)).toEqual(messageKeys(fr));
  });

  it('titles the home page as the journeys expect', () => {
    expect(fr.home.title).toBe('Espace parents et élèves');
  });
});

describe('schooling and orientation messages (a lazy chunk)', () => {
  it('has the same keys in every language', () => {
    expect(messageKeys(mobilityAr)).toEqual(messageKeys(mobilityFr));
    expect(messageKeys(mobilityEn)).toEqual(messageKeys(mobilityFr));
  });

  // Its screens look a key up in it first, then in the app's: a shared key would hide the app's.
  it('shares no top-level key with the app\'s messages', () => {
    const shared = Object.keys(mobilityFr).filter((key) => key in fr);
    expect(shared).toEqual([]);
  });
});
