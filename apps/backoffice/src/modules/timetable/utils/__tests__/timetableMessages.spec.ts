import { messageKeys } from '@massar/ui';
import { describe, expect, it } from 'vitest';
import ar from '../../../../i18n/messages/ar.json';
import en from '../../../../i18n/messages/en.json';
import fr from '../../../../i18n/messages/fr.json';
import { TIMETABLE_REASONS } from '../timetableError';

// Every value of the schema's enums the editor words: a value added to the API fails the typecheck here.
const OUTCOMES = { COPIED: 1, NO_CLASS: 1, NOT_IN_CURRICULUM: 1, CLASS_CLASH: 1, TEACHER_CLASH: 1, ROOM_CLASH: 1 } satisfies Record<import('@massar/client').TimetableCopyOutcome, 1>;
const KINDS = { CLASS: 'class', TEACHER: 'teacher', ROOM: 'room' } satisfies Record<import('@massar/client').SlotClashKind, string>;

const WORDED = [
  ...[...TIMETABLE_REASONS].map((r) => `timetable.reasons.${r}`),
  ...Object.keys(OUTCOMES).map((o) => `timetable.copy.outcome.${o}`),
  ...Object.values(KINDS).map((k) => `timetable.clash.${k}`),
  'timetable.clash.elsewhere',
  ...['REQUIRED', 'TIME_FORMAT', 'ENDS_BEFORE_START'].map((p) => `timetable.problem.${p}`),
];

describe('the timetable editor\'s texts', () => {
  it.each([['fr', fr], ['ar', ar], ['en', en]])('are all in %s', (_, messages) => {
    const keys = new Set(messageKeys(messages));
    expect(WORDED.filter((k) => !keys.has(k))).toEqual([]);
  });

  it('name the nav entry "Emploi du temps"', () => {
    expect(fr.nav.timetable).toBe('Emploi du temps');
  });
});
