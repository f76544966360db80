import { CoreErrorReason, EnrolmentErrorReason, PeopleErrorReason } from '@massar/client';
import { messageKeys } from '@massar/ui';
import { describe, expect, it } from 'vitest';
import ar from '../../../../i18n/messages/ar.json';
import en from '../../../../i18n/messages/en.json';
import fr from '../../../../i18n/messages/fr.json';
import { MOVE_REASONS } from '../../utils/moveRefusal';
import { ENROL_REASONS, FORM_REASONS, REGISTRATION_API_REASONS, REGISTRATION_PROBLEMS } from '../RegistrationReasons';

const WORDED: [prefix: string, reasons: Iterable<string>][] = [
  ['registration.problem', REGISTRATION_PROBLEMS],
  ['enrol.reasons', ENROL_REASONS],
  ['move.reasons', MOVE_REASONS],
];

describe('the texts of registration, enrolment and class-change refusals', () => {
  it.each([['fr', fr], ['ar', ar], ['en', en]])('are all in %s', (_, messages) => {
    const keys = new Set(messageKeys(messages));
    const missing = WORDED.flatMap(([prefix, reasons]) => [...reasons].map((r) => `${prefix}.${r}`)).filter((k) => !keys.has(k));
    expect(missing).toEqual([]);
  });

  it('word reasons the API gives (besides the form\'s own)', () => {
    const api = new Set<string>([...Object.values(CoreErrorReason), ...Object.values(EnrolmentErrorReason), ...Object.values(PeopleErrorReason)]);
    const foreign = [...REGISTRATION_API_REASONS, ...ENROL_REASONS, ...MOVE_REASONS].filter((r) => !api.has(r));
    expect(foreign).toEqual([]);
    expect(FORM_REASONS.filter((r) => api.has(r) && r !== 'DUPLICATE_GUARDIAN')).toEqual([]);
  });

  // The enrolment module's other refusals (transfers, orientation, rollover) belong to other
  // screens; these are the ones registerStudent, enrolStudent and moveStudents give.
  it('word every refusal of registration, enrolment by code and moving between classes', () => {
    const worded = new Set<string>([...REGISTRATION_API_REASONS, ...ENROL_REASONS, ...MOVE_REASONS]);
    const given = [
      EnrolmentErrorReason.CLASS_FULL, EnrolmentErrorReason.ALREADY_ENROLLED, EnrolmentErrorReason.TRANSFER_REQUIRED, EnrolmentErrorReason.INVALID_DATE,
      EnrolmentErrorReason.AGE_OUT_OF_RANGE, EnrolmentErrorReason.HAS_GRADES_IN_CLASS, EnrolmentErrorReason.ROSTER_CHANGED,
      EnrolmentErrorReason.NOT_SCHOOL_PUPIL, EnrolmentErrorReason.ALREADY_IN_CLASS, EnrolmentErrorReason.OTHER_LEVEL, EnrolmentErrorReason.DUPLICATE_CODE,
    ];
    // POSSIBLE_DUPLICATE is not a field's problem: the form shows the pupils found (DuplicateWarning).
    expect(given.filter((r) => !worded.has(r))).toEqual([]);
  });
});
