import { type GrantScope, Permission, ScopeKind } from '../../core/auth/grants.js';
import { defineRule, scopeId } from '../../core/auth/rules.js';
import { type Viewer } from '../../core/auth/viewer.js';
import { currentSchoolOf, familyPupils, studentRule } from '../people/people.access.js';
import { schoolClasses, taughtClasses } from '../schooling/schooling.access.js';
import { inTerritory, ownSchool, schoolRule } from '../territory/territory.access.js';
import { TransferApprover } from './transfer.deciders.js';

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

/** Schools (by id) whose start of year may be run (the rollover): the registry's own. */
export const registrySchoolRule = defineRule('RegistrySchool', {
  [Permission.REGISTRY_WRITE]: ownSchool,
}, 'Only the school\'s director and secretariat may run its start of year');

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

// Transfers (transfer.service.ts). Who must decide is fixed at the request (transfer.deciders.ts)
// and stored on the row: origin_approver / destination_approver.

/** A transfer row's columns the rules read. */
export interface TransferRow {
  fromSchoolId: string;
  toSchoolId: string;
  requestedBySide: string;
}

export const transferColumns = (t: string): TransferRow => ({
  fromSchoolId: `${t}.from_school_id`, toSchoolId: `${t}.to_school_id`, requestedBySide: `${t}.requested_by_side`,
});

/** One side of a transfer: who must approve it, and the school of that side. */
export interface ApprovalSideRow {
  approver: string;
  schoolId: string;
}

export const originSide = (t: string): ApprovalSideRow => ({ approver: `${t}.origin_approver`, schoolId: `${t}.from_school_id` });
export const destinationSide = (t: string): ApprovalSideRow => ({ approver: `${t}.destination_approver`, schoolId: `${t}.to_school_id` });

/** A pending transfer waits for its approvals: REQUESTED (none yet) or APPROVED (some, not all). */
export const isPendingTransfer = (t: string) => `${t}.status IN ('REQUESTED', 'APPROVED')`;

/** A directorate's or an academy's territory; the ministry reads aggregates, not transfer rows. */
const territoryOf = (scope: GrantScope, schoolId: string) =>
  scope.kind === ScopeKind.PROVINCE || scope.kind === ScopeKind.REGION ? inTerritory(scope, schoolId) : 'false';

/**
 * Transfers: a school reads those from and to it; a directorate or an academy those from or to
 * a school of its territory (it decides some of them, and watches the others).
 */
export const transferRule = defineRule<TransferRow>('Transfer', {
  [Permission.SCHOOL_PUPILS]: (scope, r) => `(${ownSchool(scope, r.fromSchoolId)} OR ${ownSchool(scope, r.toSchoolId)})`,
  [Permission.TERRITORY_FIGURES]: (scope, r) => `(${territoryOf(scope, r.fromSchoolId)} OR ${territoryOf(scope, r.toSchoolId)})`,
});

const APPROVER_OF_SCOPE: Partial<Record<ScopeKind, TransferApprover>> = {
  [ScopeKind.SCHOOL]: TransferApprover.SCHOOL,
  [ScopeKind.PROVINCE]: TransferApprover.PROVINCE,
  [ScopeKind.REGION]: TransferApprover.REGION,
};

/** The side waits for this scope's kind of approver, and its school is in the scope. */
function approves(scope: GrantScope, side: ApprovalSideRow): string {
  const approver = APPROVER_OF_SCOPE[scope.kind];
  if (!approver) return 'false';
  const where = scope.kind === ScopeKind.SCHOOL ? ownSchool(scope, side.schoolId) : inTerritory(scope, side.schoolId);
  return `(${side.approver} = '${approver}' AND ${where})`;
}

/**
 * Who approves a side of a transfer (evaluated on originSide / destinationSide): within one
 * province the school that did not ask (its registry), between provinces the origin's
 * directorate, between academies each side's academy.
 */
export const transferApprovalRule = defineRule<ApprovalSideRow>('TransferApproval', {
  [Permission.REGISTRY_WRITE]: approves,
  [Permission.TERRITORY_FIGURES]: approves,
}, 'Only the school, directorate or academy this transfer waits for may decide it');

/** Who may cancel a transfer: the registry of the school that asked. */
export const transferCancelRule = defineRule<TransferRow>('TransferCancel', {
  [Permission.REGISTRY_WRITE]: (scope, r) =>
    `(CASE ${r.requestedBySide} WHEN 'ORIGIN' THEN ${ownSchool(scope, r.fromSchoolId)} ELSE ${ownSchool(scope, r.toSchoolId)} END)`,
}, 'Only the school that asked for this transfer may cancel it');

/**
 * The transfers the viewer's side asked for (transfers(filter: { requestedByYou })): a school's
 * staff those its school asked for, a directorate or an academy those a school of its territory asked for.
 */
export const transferRequesterRule = defineRule<TransferRow>('TransferRequester', {
  [Permission.SCHOOL_PUPILS]: (scope, r) =>
    `(CASE ${r.requestedBySide} WHEN 'ORIGIN' THEN ${ownSchool(scope, r.fromSchoolId)} ELSE ${ownSchool(scope, r.toSchoolId)} END)`,
  [Permission.TERRITORY_FIGURES]: (scope, r) =>
    `(CASE ${r.requestedBySide} WHEN 'ORIGIN' THEN ${territoryOf(scope, r.fromSchoolId)} ELSE ${territoryOf(scope, r.toSchoolId)} END)`,
});

/**
 * The pupil of a transfer (Transfer.student only, never studentRule): whom the pupil rule lets
 * through, and, while a transfer is pending, its parties — the destination school, which must
 * know whom it asks for or is asked to take, and the directorate or academy that must decide it.
 * Once it is decided they see the pupil no more (the destination then has them by the pupil rule).
 */
export const transferPupilRule = defineRule('Transfer pupil', {
  ...studentRule.conditions,
  [Permission.SCHOOL_PUPILS]: (scope, studentId) => `(${studentRule.conditions[Permission.SCHOOL_PUPILS]!(scope, studentId)} OR ${studentId} IN (
    SELECT t.student_id FROM transfer t WHERE ${isPendingTransfer('t')} AND ${ownSchool(scope, 't.to_school_id')}))`,
  [Permission.TERRITORY_FIGURES]: (scope, studentId) => `${studentId} IN (
    SELECT t.student_id FROM transfer t WHERE ${isPendingTransfer('t')} AND (${approves(scope, originSide('t'))} OR ${approves(scope, destinationSide('t'))}))`,
});

/** The schools of a transfer (Transfer.fromSchool, toSchool): whom the school rule lets through, and both schools of a transfer in reach. */
export const transferSchoolRule = defineRule('Transfer school', Object.fromEntries(
  Object.values(Permission).map((p) => [p, (scope: GrantScope, schoolId: string) => {
    const own = schoolRule.conditions[p]?.(scope, schoolId);
    const transfer = transferRule.conditions[p]?.(scope, transferColumns('t'));
    const parties = transfer && `${schoolId} IN (SELECT t.from_school_id FROM transfer t WHERE ${transfer} UNION ALL SELECT t.to_school_id FROM transfer t WHERE ${transfer})`;
    return [own, parties].filter(Boolean).map((c) => `(${c})`).join(' OR ') || 'false';
  }]),
));

/**
 * The schools of a pupil's history (Enrolment.school): whom the school rule lets through, and for a
 * school's staff the schools its pupils were enrolled in before, so that the destination of a
 * transfer reads where the pupil came from. Only a school's identity: its classes, staff and
 * figures stay under their own rules. CASE, not OR: the lookup runs only for another school.
 */
export const historySchoolRule = defineRule('History school', {
  ...schoolRule.conditions,
  [Permission.SCHOOL_PUPILS]: (scope, schoolId) => `(CASE WHEN ${ownSchool(scope, schoolId)} THEN true ELSE EXISTS (
    SELECT 1 FROM enrolment h WHERE h.school_id = ${schoolId} AND ${currentSchoolOf('h.student_id')} = ${scopeId(scope)}) END)`,
});

// Collective moves (cohort-move.service.ts): the carte scolaire is the provincial directorate's.

/**
 * Only a directorate decides which school receives which schools' pupils: not the schools (a
 * collège would take a province's cohort, and their records, without anyone agreeing), not the
 * academy (two authorities over one carte scolaire would race), not the ministry.
 */
const decidesCarteScolaire = (scope: GrantScope) => scope.kind === ScopeKind.PROVINCE;

/** Schools (by id) a cohort may be moved from or into: those of the directorate's province. */
export const cohortMoveRule = defineRule('CohortMove', {
  [Permission.TERRITORY_FIGURES]: (scope, schoolId) => (decidesCarteScolaire(scope) ? inTerritory(scope, schoolId) : 'false'),
}, 'Only the provincial directorate may move a cohort between schools');

/** Whether the viewer holds a directorate's grant: anyone else is refused before any school is looked up. */
export const mayMoveCohorts = (viewer: Viewer) =>
  viewer.grants.some((g) => g.permission === Permission.TERRITORY_FIGURES && decidesCarteScolaire(g.scope));
