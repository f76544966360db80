import { CoreErrorReason, EnrolmentErrorReason, PeopleErrorReason } from '@massar/client';
import { messageKeys } from '@massar/ui';
import { describe, expect, it } from 'vitest';
import ar from '../../../../i18n/messages/ar.json';
import en from '../../../../i18n/messages/en.json';
import fr from '../../../../i18n/messages/fr.json';
import { ENROL_REASONS, FORM_REASONS, REGISTRATION_API_REASONS, REGISTRATION_PROBLEMS } from '../RegistrationReasons';

const WORDED: [prefix: string, reasons: Iterable<string>][] = [
  ['registration.problem', REGISTRATION_PROBLEMS],
  ['enrol.reasons', ENROL_REASONS],
];

describe('the texts of registration and enrolment refusals', () => {
  it.each([['fr', fr], ['ar', ar], ['en', en]])('are all in %s', (_, messages) => {
    const keys = new Set(messageKeys(messages));
    const missing = WORDED.flatMap(([prefix, reasons]) => [...reasons].map((r) => `${prefix}.${r}`)).filter((k) => !keys.has(k));
    expect(missing).toEqual([]);
  });

  it('word reasons the API gives (besides the form\'s own)', () => {
    const api = new Set<string>([...Object.values(CoreErrorReason), ...Object.values(EnrolmentErrorReason), ...Object.values(PeopleErrorReason)]);
    const foreign = [...REGISTRATION_API_REASONS, ...ENROL_REASONS].filter((r) => !api.has(r));
    expect(foreign).toEqual([]);
    expect(FORM_REASONS.filter((r) => api.has(r) && r !== 'DUPLICATE_GUARDIAN')).toEqual([]);
  });

  it('word every refusal of the enrolment module', () => {
    const worded = new Set([...REGISTRATION_API_REASONS, ...ENROL_REASONS]);
    // NOT_NEXT_YEAR is reRegisterStudent's only, which these screens do not call.
    const unworded = Object.values(EnrolmentErrorReason).filter((r) => !worded.has(r) && r !== 'NOT_NEXT_YEAR');
    expect(unworded).toEqual([]);
  });
});
