import { Permission } from '../../core/auth/grants.js';
import { defineRule, scopeId } from '../../core/auth/rules.js';
import { studentRule } from '../people/people.access.js';
import { schoolClasses } from '../schooling/schooling.access.js';

/** Enrolments (by the expression of their student id) are visible exactly when their pupil is. */
export const enrolmentRule = studentRule;

/** Classes (by id) pupils may be enrolled in: the registry's school's. */
export const classEnrolmentRule = defineRule('ClassEnrolment', {
  [Permission.REGISTRY_WRITE]: schoolClasses,
}, 'Only the school\'s director and secretariat may enrol pupils');

/** Pupils (by id) whose record the registry may change: those whose latest enrolment is in its school. */
export const studentWriteRule = defineRule('StudentWrite', {
  [Permission.REGISTRY_WRITE]: (scope, studentId) => `${scopeId(scope)} = (SELECT e.school_id FROM enrolment e WHERE e.student_id = ${studentId} ORDER BY e.school_year_id DESC, e.enrolled_on DESC LIMIT 1)`,
}, 'Only the school this pupil is enrolled in may change their record');
