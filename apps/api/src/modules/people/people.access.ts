import { type GrantScope, Permission, ScopeKind } from '../../core/auth/grants.js';
import { defineRule, scopeId, throughRule } from '../../core/auth/rules.js';
import { schoolRule } from '../territory/territory.access.js';

/**
 * The school a pupil belongs to now: that of their latest enrolment, by the year's dates (ids are
 * not in year order), whatever its status — an older year's enrolment is never closed, so it must
 * not win over a later one that ended. Within that year the ACTIVE enrolment wins: after a
 * mid-year transfer the year holds the closed origin one and the destination's, which may share
 * a date. The school a pupil left reads nothing produced after.
 */
export const currentSchoolOf = (studentId: string) =>
  `(SELECT cur.school_id FROM enrolment cur JOIN school_year cy ON cy.id = cur.school_year_id WHERE cur.student_id = ${studentId}
    ORDER BY cy.starts_on DESC, cur.status = 'ACTIVE' DESC, cur.enrolled_on DESC, cur.id DESC LIMIT 1)`;

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

/** A pupil–guardian link: its pupil and the school that made it. */
export interface LinkRow {
  studentId: string;
  schoolId: string;
}

/**
 * The links between a pupil and their guardians (with the contact typed for each): a school reads
 * those it made, and every link of the pupils it has now; the school a pupil left does not read
 * the links (and contacts) a later school recorded.
 */
export const guardianLinkRule = defineRule<LinkRow>('Guardian link', {
  [Permission.SCHOOL_PUPILS]: (scope, r) =>
    `(CASE WHEN ${r.schoolId} = ${scopeId(scope)} THEN true ELSE ${currentSchoolOf(r.studentId)} = ${scopeId(scope)} END)`,
  [Permission.TEACH]: (scope, r) => studentRule.conditions[Permission.TEACH]!(scope, r.studentId),
  [Permission.FAMILY]: (scope, r) => familyPupils(scope, r.studentId),
});

/** Staff members (by the expression of their school id): as their school is. */
export const staffRule = schoolRule;

