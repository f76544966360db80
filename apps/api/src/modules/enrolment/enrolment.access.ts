import { Permission } from '../../core/auth/grants.js';
import { defineRule, scopeId } from '../../core/auth/rules.js';
import { currentSchoolOf, familyPupils } from '../people/people.access.js';
import { schoolClasses, taughtClasses } from '../schooling/schooling.access.js';
import { ownSchool } from '../territory/territory.access.js';

export { currentSchoolOf };

/** An enrolment row: its pupil, school and class. */
export interface EnrolmentRow {
  studentId: string;
  schoolId: string;
  classId: string;
}

/**
 * Enrolments (DESIGN "after a transfer"): a school reads its own, and the whole history of the
 * pupils it has now; the school a pupil left reads nothing of where they went. A teacher reads
 * the enrolments in the classes assigned; a family its own.
 */
export const enrolmentRule = defineRule<EnrolmentRow>('Enrolment', {
  [Permission.SCHOOL_PUPILS]: (scope, r) => `(${r.schoolId} = ${scopeId(scope)} OR ${currentSchoolOf(r.studentId)} = ${scopeId(scope)})`,
  [Permission.TEACH]: (scope, r) => taughtClasses(scope, r.classId),
  [Permission.FAMILY]: (scope, r) => familyPupils(scope, r.studentId),
});

/** The enrolment table's columns under an alias, for enrolmentRule. */
export const enrolmentColumns = (alias: string): EnrolmentRow => ({ studentId: `${alias}.student_id`, schoolId: `${alias}.school_id`, classId: `${alias}.class_id` });

/** Classes (by id) pupils may be enrolled in: the registry's school's. */
export const classEnrolmentRule = defineRule('ClassEnrolment', {
  [Permission.REGISTRY_WRITE]: schoolClasses,
}, 'Only the school\'s director and secretariat may enrol pupils');

/** Pupils (by id) whose record the registry may change: those the school has now. */
export const studentWriteRule = defineRule('StudentWrite', {
  [Permission.REGISTRY_WRITE]: (scope, studentId) => `${scopeId(scope)} = ${currentSchoolOf(studentId)}`,
}, 'Only the school this pupil is enrolled in may change their record');

// Orientation and the class council's decisions (orientation.service.ts, year-decision.service.ts).

/** Rows of a pupil recorded by a school: that school reads them, and so does the school the pupil is in now. CASE, as in markRule. */
const recordedOrCurrentSchool = (scope: Parameters<typeof scopeId>[0], r: { studentId: string; schoolId: string }) =>
  `(CASE WHEN ${r.schoolId} = ${scopeId(scope)} THEN true ELSE ${currentSchoolOf(r.studentId)} = ${scopeId(scope)} END)`;

/** A year-end decision: its pupil, and the class × year (and that class's school) it was decided in. */
export interface YearDecisionRow {
  studentId: string;
  classId: string;
  schoolId: string;
  schoolYearId: string;
}

/**
 * Year-end decisions, as evaluation's markRule reads results: the school's and the class's
 * teachers' at once; families their own children's, once the director has published S2.
 */
export const yearDecisionRule = defineRule<YearDecisionRow>('Year decision', {
  [Permission.SCHOOL_PUPILS]: recordedOrCurrentSchool,
  [Permission.TEACH]: (scope, r) => taughtClasses(scope, r.classId),
  [Permission.FAMILY]: (scope, r) => `${familyPupils(scope, r.studentId)} AND EXISTS (SELECT 1 FROM term_status ts
    WHERE ts.class_id = ${r.classId} AND ts.school_year_id = ${r.schoolYearId} AND ts.term = 'S2' AND ts.status = 'PUBLISHED')`,
});

/** A pupil's orientation (wishes, or the pupil of a year): its pupil and the school it was recorded in. */
export interface OrientationRow {
  studentId: string;
  schoolId: string;
}

/** Orientation wishes: the family's own, and the school's staff (not the teachers, nor the territory). */
export const orientationRule = defineRule<OrientationRow>('Orientation', {
  [Permission.SCHOOL_PUPILS]: recordedOrCurrentSchool,
  [Permission.FAMILY]: (scope, r) => familyPupils(scope, r.studentId),
});

/** Pupils (by id) whose wishes may be submitted: the family's (a guardian of a confirmed link, or the pupil). */
export const orientationWishWriteRule = defineRule('OrientationWishWrite', { [Permission.FAMILY]: familyPupils },
  'Only the pupil\'s family may state their orientation wishes');

/** Schools (by id) whose orientation deadline may be set: the director's. */
export const orientationDeadlineRule = defineRule('OrientationDeadline', { [Permission.TERM_MANAGE]: ownSchool },
  'Only the school\'s director may set its orientation deadline');
