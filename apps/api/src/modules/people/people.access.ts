import { type GrantScope, Permission, ScopeKind } from '../../core/auth/grants.js';
import { defineRule, scopeId, throughRule } from '../../core/auth/rules.js';
import { schoolRule } from '../territory/territory.access.js';

/** A family's pupils: a guardian's children, or the pupil themself. */
export function familyPupils(scope: GrantScope, studentId: string): string {
  if (scope.kind === ScopeKind.STUDENT) return `${studentId} = ${scopeId(scope)}`;
  return `${studentId} IN (SELECT sg.student_id FROM student_guardian sg WHERE sg.guardian_id = ${scopeId(scope)} AND sg.confirmed_at IS NOT NULL)`;
}

/**
 * Pupils (by the expression of a student id): the school's, through an enrolment in it; a
 * teacher's, through an enrolment in a class assigned; a family's own. Territorial accounts read
 * aggregates and reach no pupil's identity.
 */
export const studentRule = defineRule('Pupil', {
  [Permission.SCHOOL_PUPILS]: (scope, studentId) => `${studentId} IN (SELECT e.student_id FROM enrolment e WHERE e.school_id = ${scopeId(scope)})`,
  [Permission.TEACH]: (scope, studentId) =>
    `${studentId} IN (SELECT e.student_id FROM enrolment e JOIN teaching_assignment ta ON ta.class_id = e.class_id WHERE ta.teacher_id = ${scopeId(scope)})`,
  [Permission.FAMILY]: familyPupils,
});

/** Guardians (by the expression of a guardian id): those of a pupil in scope; a parent also reaches themself. */
const guardiansOfPupils = throughRule('Guardian', studentRule, (pupil, guardianId) =>
  `${guardianId} IN (SELECT sg.guardian_id FROM student_guardian sg WHERE ${pupil('sg.student_id')})`);
export const guardianRule = defineRule('Guardian', {
  ...guardiansOfPupils.conditions,
  [Permission.FAMILY]: (scope, guardianId) => {
    const children = guardiansOfPupils.conditions[Permission.FAMILY]!(scope, guardianId);
    return scope.kind === ScopeKind.GUARDIAN ? `(${guardianId} = ${scopeId(scope)} OR ${children})` : children;
  },
});

/** Staff members (by the expression of their school id): as their school is. */
export const staffRule = schoolRule;

