import { registerEnumType } from 'type-graphql';

export enum Term {
  S1 = 'S1',
  S2 = 'S2',
}
registerEnumType(Term, { name: 'Term', description: 'A semester of the school year.' });

export enum AssessmentKind {
  CONTINUOUS = 'CONTINUOUS',
  INTEGRATED_ACTIVITY = 'INTEGRATED_ACTIVITY',
  LOCAL_EXAM = 'LOCAL_EXAM',
  PROVINCIAL_EXAM = 'PROVINCIAL_EXAM',
  REGIONAL_EXAM = 'REGIONAL_EXAM',
  NATIONAL_EXAM = 'NATIONAL_EXAM',
}
registerEnumType(AssessmentKind, {
  name: 'AssessmentKind',
  description: 'CONTINUOUS: a contrôle continu; INTEGRATED_ACTIVITY: the "activités intégrées" mark; the rest are unified exams.',
});

export enum Absence {
  JUSTIFIED = 'JUSTIFIED',
  UNJUSTIFIED = 'UNJUSTIFIED',
}
registerEnumType(Absence, { name: 'Absence' });

export enum TermStatus {
  OPEN = 'OPEN',
  LOCKED = 'LOCKED',
  PUBLISHED = 'PUBLISHED',
}
registerEnumType(TermStatus, {
  name: 'TermStatus',
  description: 'OPEN: teachers enter grades; LOCKED: grades frozen for the class council; PUBLISHED: families see the results.',
});

// The decisions are enrolment's (the proposals are computed here): re-exported for this module's files.
export { Decision } from '../enrolment/decision.js';

export enum CertificateOutcome {
  PASSED = 'PASSED',
  CATCH_UP = 'CATCH_UP',
  FAILED = 'FAILED',
}
registerEnumType(CertificateOutcome, { name: 'CertificateOutcome', description: 'CATCH_UP: admitted to the catch-up session (rattrapage).' });

export enum Honours {
  PASSABLE = 'PASSABLE',
  ASSEZ_BIEN = 'ASSEZ_BIEN',
  BIEN = 'BIEN',
  TRES_BIEN = 'TRES_BIEN',
}
registerEnumType(Honours, { name: 'Honours', description: 'Mention of the baccalauréat.' });

/** Exam kinds and the subject_coefficient exam column that weights them. */
export const EXAM_COLUMN: Partial<Record<AssessmentKind, string>> = {
  [AssessmentKind.LOCAL_EXAM]: 'LOCAL',
  [AssessmentKind.PROVINCIAL_EXAM]: 'PROVINCIAL',
  [AssessmentKind.REGIONAL_EXAM]: 'REGIONAL',
  [AssessmentKind.NATIONAL_EXAM]: 'NATIONAL',
};
