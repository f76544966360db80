// Social support's rules (DESIGN "Who may see what"). Beneficiary status is sensitive: a family
// reads its own child's, the school's director and secretariat the school's (the school that
// listed the pupil), territorial accounts only counts and amounts; teachers nothing.
import { Permission, ScopeKind } from '../../core/auth/grants.js';
import { defineRule, scopeId } from '../../core/auth/rules.js';
import { familyPupils } from '../people/people.access.js';
import { inTerritory, ownSchool } from '../territory/territory.access.js';

/** A beneficiary row: its pupil and the school that listed it. */
export interface BeneficiaryRow {
  studentId: string;
  schoolId: string;
}

export const beneficiaryColumns = (alias: string): BeneficiaryRow => ({ studentId: `${alias}.student_id`, schoolId: `${alias}.school_id` });

/** Beneficiaries: the listing school's staff who read its pupils, the pupil's family. */
export const beneficiaryRule = defineRule<BeneficiaryRow>('Beneficiary', {
  [Permission.SCHOOL_PUPILS]: (scope, r) => ownSchool(scope, r.schoolId),
  [Permission.FAMILY]: (scope, r) => familyPupils(scope, r.studentId),
});

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
