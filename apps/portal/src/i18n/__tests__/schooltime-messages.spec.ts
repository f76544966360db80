import { messageKeys } from '@massar/ui';
import { describe, expect, it } from 'vitest';
import fr from '../messages/fr.json';
import { schoolTimeNavLabel } from '../../modules/schooltime/utils/schoolTimeNavLabel';
import mobilityFr from '../mobility/fr.json';
import ar from '../schooltime/ar.json';
import en from '../schooltime/en.json';
import schooltimeFr from '../schooltime/fr.json';
import nav from '../schooltime/nav.json';

describe('timetable and absence messages (a lazy chunk)', () => {
  it('has the same keys in every language', () => {
    expect(messageKeys(ar)).toEqual(messageKeys(schooltimeFr));
    expect(messageKeys(en)).toEqual(messageKeys(schooltimeFr));
  });

  // Its screens look a key up in it first, then in the app's: a shared key would hide the app's.
  it("shares no top-level key with the app's messages", () => {
    expect(Object.keys(schooltimeFr).filter((key) => key in fr || key in mobilityFr)).toEqual([]);
  });

  it('labels the controls the journeys look for', () => {
    expect(schooltimeFr.absences.justify).toBe('Justifier');
    expect(schooltimeFr.justify.file).toBe('Certificat (photo ou PDF)');
  });
});

describe("the timetable and absence pages' names in the child's links", () => {
  it('are in every language, outside the messages the login page loads', () => {
    expect(Object.keys(nav).sort()).toEqual(['ar', 'en', 'fr']);
    for (const language of ['fr', 'ar', 'en'] as const) {
      expect(schoolTimeNavLabel('timetable', language)).toBeTruthy();
      expect(schoolTimeNavLabel('absences', language)).toBeTruthy();
    }
    expect(schoolTimeNavLabel('results', 'fr')).toBeNull();
    expect(schoolTimeNavLabel('constructor', 'fr')).toBeNull();
    expect('timetable' in fr.childNav || 'absences' in fr.childNav).toBe(false);
  });
});
