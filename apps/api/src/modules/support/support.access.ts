// Social support's rules (DESIGN "Who may see what"). Beneficiary status is sensitive: a family
// reads its own child's, the school's director and secretariat the school's (the school that
// listed the pupil, and after a transfer the pupil's current school, which reads the pupil's whole
// history as it does enrolments), territorial accounts only counts and amounts; teachers nothing.
import { type GrantScope, Permission, ScopeKind } from '../../core/auth/grants.js';
import { defineRule, scopeId } from '../../core/auth/rules.js';
import { onRoster } from '../enrolment/roster.js';
import { currentSchoolOf, familyPupils } from '../people/people.access.js';
import { inTerritory, ownSchool } from '../territory/territory.access.js';

/** A beneficiary row: its pupil, the school that listed it and its school year. */
export interface BeneficiaryRow {
  studentId: string;
  schoolId: string;
  schoolYearId: string;
}

export const beneficiaryColumns = (alias: string): BeneficiaryRow =>
  ({ studentId: `${alias}.student_id`, schoolId: `${alias}.school_id`, schoolYearId: `${alias}.school_year_id` });

/**
 * Beneficiaries: the listing school's staff, and the staff of the school the pupil is in now (the
 * destination of a transfer reads the rows a former school made; the school a pupil left reads
 * only its own rows, nothing the destination lists later); the pupil's family. CASE, not OR: the
 * current-school lookup runs only for another school's row.
 */
export const beneficiaryRule = defineRule<BeneficiaryRow>('Beneficiary', {
  [Permission.SCHOOL_PUPILS]: (scope, r) =>
    `(CASE WHEN ${ownSchool(scope, r.schoolId)} THEN true ELSE ${currentSchoolOf(r.studentId)} = ${scopeId(scope)} END)`,
  [Permission.FAMILY]: (scope, r) => familyPupils(scope, r.studentId),
});

/** The pupil is on a roster of the viewer's school in the row's year, and that school is the one they are in now. */
const currentPupilOfYear = (scope: GrantScope, r: BeneficiaryRow) =>
  `(${currentSchoolOf(r.studentId)} = ${scopeId(scope)} AND EXISTS (SELECT 1 FROM enrolment ce WHERE ce.student_id = ${r.studentId}
    AND ce.school_year_id = ${r.schoolYearId} AND ce.school_id = ${scopeId(scope)} AND ${onRoster('ce')}))`;

/**
 * Beneficiary rows that may be taken off a list: the listing school's registry, and the registry of
 * the school a pupil transferred to during that year (so that it can list the pupil itself, the
 * row being one per pupil, programme and year). Not another year's row of a former school: that
 * is history the destination reads but does not rewrite.
 */
export const beneficiaryRemoveRule = defineRule<BeneficiaryRow>('BeneficiaryRemove', {
  [Permission.REGISTRY_WRITE]: (scope, r) => `(CASE WHEN ${ownSchool(scope, r.schoolId)} THEN true ELSE ${currentPupilOfYear(scope, r)} END)`,
}, 'Only the school that listed the pupil, or the school they are in now, may take them off the list');

/** The schools (by id expression) whose beneficiary lists the viewer writes: the registry of its own school. */
export const beneficiaryWriteRule = defineRule('BeneficiaryWrite', {
  [Permission.REGISTRY_WRITE]: ownSchool,
}, 'Only the school\'s registry lists its beneficiaries');

/** The schools (by id expression) whose candidates and entitlements the viewer reads: its own school's staff. */
export const schoolSupportRule = defineRule('School support', {
  [Permission.SCHOOL_PUPILS]: ownSchool,
});

/** Counts and amounts of schools (by id expression): a territory's accounts, a school's own staff. */
export const schoolFiguresRule = defineRule('Support figures', {
  [Permission.TERRITORY_FIGURES]: inTerritory,
  [Permission.SCHOOL_PUPILS]: ownSchool,
});

/** A region's figures (by region id expression): the nation's accounts and that academy. */
export const regionFiguresRule = defineRule('Region figures', {
  [Permission.TERRITORY_FIGURES]: (scope, regionId) =>
    scope.kind === ScopeKind.NATION ? 'true' : scope.kind === ScopeKind.REGION ? `${regionId} = ${scopeId(scope)}` : 'false',
});

/** A province's figures (by province id expression): the nation's, its academy's, its directorate's. */
export const provinceFiguresRule = defineRule('Province figures', {
  [Permission.TERRITORY_FIGURES]: (scope, provinceId) => {
    if (scope.kind === ScopeKind.NATION) return 'true';
    if (scope.kind === ScopeKind.REGION) return `${provinceId} IN (SELECT pr.id FROM province pr WHERE pr.region_id = ${scopeId(scope)})`;
    return scope.kind === ScopeKind.PROVINCE ? `${provinceId} = ${scopeId(scope)}` : 'false';
  },
});
