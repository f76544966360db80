import { Permission } from '../../core/auth/grants.js';
import { defineRule, scopeId } from '../../core/auth/rules.js';
import { currentSchoolOf, familyPupils } from '../people/people.access.js';
import { schoolClasses, taughtClasses } from '../schooling/schooling.access.js';

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
