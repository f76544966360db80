import { type GrantScope, Permission, ScopeKind } from '../../core/auth/grants.js';
import { defineRule, scopeId } from '../../core/auth/rules.js';

/** A territorial scope over a school id expression: the nation, a region or a province. */
export function inTerritory(scope: GrantScope, schoolId: string): string {
  switch (scope.kind) {
    case ScopeKind.NATION:
      return 'true';
    case ScopeKind.REGION:
      return `${schoolId} IN (SELECT sc.id FROM school sc JOIN province p ON p.id = sc.province_id WHERE p.region_id = ${scopeId(scope)})`;
    case ScopeKind.PROVINCE:
      return `${schoolId} IN (SELECT sc.id FROM school sc WHERE sc.province_id = ${scopeId(scope)})`;
    default:
      return 'false';
  }
}

/** The school of a SCHOOL scope. */
export const ownSchool = (scope: GrantScope, schoolId: string) => (scope.kind === ScopeKind.SCHOOL ? `${schoolId} = ${scopeId(scope)}` : 'false');

/** The schools a family's pupils are or were enrolled in. */
export function familySchools(scope: GrantScope, schoolId: string): string {
  if (scope.kind === ScopeKind.STUDENT) return `${schoolId} IN (SELECT e.school_id FROM enrolment e WHERE e.student_id = ${scopeId(scope)})`;
  return `${schoolId} IN (SELECT e.school_id FROM enrolment e JOIN student_guardian sg ON sg.student_id = e.student_id WHERE sg.guardian_id = ${scopeId(scope)} AND sg.confirmed_at IS NOT NULL)`;
}

/** Schools (by the expression of a school id): its territory's, its own, a family's children's. */
export const schoolRule = defineRule('School', {
  [Permission.TERRITORY_FIGURES]: inTerritory,
  [Permission.SCHOOL_MEMBER]: ownSchool,
  [Permission.SCHOOL_PUPILS]: ownSchool,
  [Permission.TEACH]: (scope, schoolId) => `${schoolId} IN (SELECT ta.school_id FROM teaching_assignment ta WHERE ta.teacher_id = ${scopeId(scope)})`,
  [Permission.FAMILY]: familySchools,
});
