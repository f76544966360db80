import { type GrantScope, Permission, ScopeKind } from '../../core/auth/grants.js';
import { defineRule, scopeId } from '../../core/auth/rules.js';
import { inTerritory, ownSchool } from '../territory/territory.access.js';

const classesWhere = (classId: string, condition: string) => `${classId} IN (SELECT c.id FROM school_class c WHERE ${condition})`;

/** The classes a teacher is assigned to (any subject), in any school. */
export const taughtClasses = (scope: GrantScope, classId: string) =>
  `${classId} IN (SELECT ta.class_id FROM teaching_assignment ta WHERE ta.teacher_id = ${scopeId(scope)})`;

/** The classes a family's pupils are or were enrolled in. */
function familyClasses(scope: GrantScope, classId: string): string {
  if (scope.kind === ScopeKind.STUDENT) return `${classId} IN (SELECT e.class_id FROM enrolment e WHERE e.student_id = ${scopeId(scope)})`;
  return `${classId} IN (SELECT e.class_id FROM enrolment e JOIN student_guardian sg ON sg.student_id = e.student_id WHERE sg.guardian_id = ${scopeId(scope)} AND sg.confirmed_at IS NOT NULL)`;
}

/** Classes of a school (by the expression of a class id): the director's and secretariat's. */
export const schoolClasses = (scope: GrantScope, classId: string) => classesWhere(classId, ownSchool(scope, 'c.school_id'));

/** Classes (by the expression of a class id). A teacher reaches only the classes assigned. */
export const classRule = defineRule('Class', {
  [Permission.TERRITORY_FIGURES]: (scope, classId) => classesWhere(classId, inTerritory(scope, 'c.school_id')),
  [Permission.SCHOOL_PUPILS]: schoolClasses,
  [Permission.TEACH]: taughtClasses,
  [Permission.FAMILY]: familyClasses,
});

/**
 * Classes (by id) whose teachers may be assigned and withdrawn: the director's school. Not the
 * secretariat's: an assignment hands out the right to write the class × subject's grades.
 */
export const assignmentManageRule = defineRule('TeachingAssignmentManage', { [Permission.TERM_MANAGE]: schoolClasses },
  'Only the school\'s director assigns its teachers');
