import { holdsAny, Permission } from '../../core/auth/grants.js';
import { type Viewer } from '../../core/auth/viewer.js';
import { defineRule, scopeId } from '../../core/auth/rules.js';
import { currentSchoolOf } from '../enrolment/enrolment.access.js';
import { familyPupils } from '../people/people.access.js';
import { schoolClasses } from '../schooling/schooling.access.js';
import { inTerritory, ownSchool } from '../territory/territory.access.js';

/** A grade, a decision or a result row: its pupil, and the class × year × term it belongs to. */
export interface MarkRow {
  studentId: string;
  classId: string;
  /** The school of the row's class (every school-owned table carries it). */
  schoolId: string;
  schoolYearId: string;
  term: string;
  /** A grade's subject: a teacher reads only the subjects assigned. Results and decisions are the class's. */
  subjectId?: string;
}

const published = (r: MarkRow) =>
  `EXISTS (SELECT 1 FROM term_status ts WHERE ts.class_id = ${r.classId} AND ts.school_year_id = ${r.schoolYearId} AND ts.term = ${r.term} AND ts.status = 'PUBLISHED')`;

/**
 * Grades and decisions: the school's and the teacher's within their pupil scope at once;
 * families their own children's, only once the director has PUBLISHED the term.
 */
export const markRule = defineRule<MarkRow>('Grade', {
  // The school's own classes, and the whole history of the pupils it has now: a school a pupil left reads nothing produced after.
  // CASE, not OR: PostgreSQL may evaluate an OR's sides in any order, and the per-pupil lookup is only for other schools' classes.
  [Permission.SCHOOL_PUPILS]: (scope, r) =>
    `(CASE WHEN ${r.schoolId} = ${scopeId(scope)} THEN true ELSE ${currentSchoolOf(r.studentId)} = ${scopeId(scope)} END)`,
  [Permission.TEACH]: (scope, r) =>
    r.subjectId
      ? `(${r.classId}, ${r.subjectId}) IN (SELECT ta.class_id, ta.subject_id FROM teaching_assignment ta WHERE ta.teacher_id = ${scopeId(scope)})`
      : `${r.classId} IN (SELECT ta.class_id FROM teaching_assignment ta WHERE ta.teacher_id = ${scopeId(scope)})`,
  [Permission.FAMILY]: (scope, r) => `${familyPupils(scope, r.studentId)} AND ${published(r)}`,
});

/** The grade audit trail (by the expression of its school id): the school's director. */
export const gradeAuditRule = defineRule('Grade audit', { [Permission.TERM_MANAGE]: ownSchool });

/** Who locked, published or reopened a term (by school id): the school's staff and the territory above it; families see the status only. */
export const termHistoryRule = defineRule('Term history', {
  [Permission.TERRITORY_FIGURES]: inTerritory,
  [Permission.SCHOOL_MEMBER]: ownSchool,
});

/** Teaching assignments (by id) grades may be written on: the teacher's own, or any of the director's school, on the teacher's behalf. */
export const gradeWriteRule = defineRule('GradeWrite', {
  [Permission.TEACH]: (scope, id) => `${id} IN (SELECT ta.id FROM teaching_assignment ta WHERE ta.teacher_id = ${scopeId(scope)})`,
  [Permission.TERM_MANAGE]: (scope, id) => `${id} IN (SELECT ta.id FROM teaching_assignment ta WHERE ${ownSchool(scope, 'ta.school_id')})`,
}, 'Only the teacher of this class and subject, or the school\'s director, may enter its grades');

/** Classes (by id) whose terms may be locked, reopened and published, and whose council may decide: the director's school. */
export const termManageRule = defineRule('TermManage', { [Permission.TERM_MANAGE]: schoolClasses },
  'Only the school\'s director may lock, reopen or publish a term');

/**
 * Families read the results frozen at publication, without the staff's working notes (proposed
 * decisions, council notes); staff and territorial accounts read the live computation.
 */
export const readsAsFamily = (viewer: Viewer) =>
  !holdsAny(viewer.grants, [Permission.SCHOOL_PUPILS, Permission.TEACH, Permission.TERM_MANAGE, Permission.TERRITORY_FIGURES]);
