import { Role, type Viewer } from './viewer.js';

/*
 * Row-level scope: the one place that says which rows a viewer may reach. Every loader and
 * list query of the API filters through these predicates, so a nested path or a connection
 * cannot reach a row a direct query would refuse. Each function takes the SQL expression of
 * the row's id (or foreign key) and returns a boolean SQL condition. Viewer ids are integers
 * from the session row, checked by id() before they are written into SQL.
 */

function id(value: number | null): number {
  if (!Number.isSafeInteger(value)) throw new Error('scope id missing for this role');
  return value as number;
}

/** Schools, by the expression of a school id. */
export function schoolScope(viewer: Viewer, schoolId: string): string {
  switch (viewer.role) {
    case Role.MINISTRY:
      return 'true';
    case Role.REGION:
      return `${schoolId} IN (SELECT sc.id FROM school sc JOIN province p ON p.id = sc.province_id WHERE p.region_id = ${id(viewer.regionId)})`;
    case Role.PROVINCE:
      return `${schoolId} IN (SELECT sc.id FROM school sc WHERE sc.province_id = ${id(viewer.provinceId)})`;
    case Role.DIRECTOR:
    case Role.STAFF:
    case Role.TEACHER:
      return `${schoolId} = ${id(viewer.schoolId)}`;
    case Role.PARENT:
      return `${schoolId} IN (SELECT e.school_id FROM enrolment e JOIN student_guardian sg ON sg.student_id = e.student_id WHERE sg.guardian_id = ${id(viewer.guardianId)})`;
    case Role.PUPIL:
      return `${schoolId} IN (SELECT e.school_id FROM enrolment e WHERE e.student_id = ${id(viewer.studentId)})`;
    case Role.API_CLIENT:
      return 'false';
  }
}

/** Classes, by the expression of a class id. A teacher reaches only the classes assigned. */
export function classScope(viewer: Viewer, classId: string): string {
  switch (viewer.role) {
    case Role.TEACHER:
      return `${classId} IN (SELECT ta.class_id FROM teaching_assignment ta WHERE ta.teacher_id = ${id(viewer.staffMemberId)})`;
    case Role.PARENT:
      return `${classId} IN (SELECT e.class_id FROM enrolment e JOIN student_guardian sg ON sg.student_id = e.student_id WHERE sg.guardian_id = ${id(viewer.guardianId)})`;
    case Role.PUPIL:
      return `${classId} IN (SELECT e.class_id FROM enrolment e WHERE e.student_id = ${id(viewer.studentId)})`;
    default:
      return `${classId} IN (SELECT c.id FROM school_class c WHERE ${schoolScope(viewer, 'c.school_id')})`;
  }
}

/** Pupils, by the expression of a student id: reachable through an enrolment in scope. */
export function studentScope(viewer: Viewer, studentId: string): string {
  switch (viewer.role) {
    case Role.MINISTRY:
      return 'true';
    case Role.PARENT:
      return `${studentId} IN (SELECT sg.student_id FROM student_guardian sg WHERE sg.guardian_id = ${id(viewer.guardianId)})`;
    case Role.PUPIL:
      return `${studentId} = ${id(viewer.studentId)}`;
    case Role.TEACHER:
      return `${studentId} IN (SELECT e.student_id FROM enrolment e WHERE ${classScope(viewer, 'e.class_id')})`;
    case Role.DIRECTOR:
    case Role.STAFF:
      return `${studentId} IN (SELECT e.student_id FROM enrolment e WHERE e.school_id = ${id(viewer.schoolId)})`;
    default:
      return `${studentId} IN (SELECT e.student_id FROM enrolment e WHERE ${schoolScope(viewer, 'e.school_id')})`;
  }
}

/** Guardians are reachable through a pupil in scope (a parent also reaches themselves). */
export function guardianScope(viewer: Viewer, guardianId: string): string {
  const own = viewer.role === Role.PARENT ? `${guardianId} = ${id(viewer.guardianId)} OR ` : '';
  return `(${own}${guardianId} IN (SELECT sg.guardian_id FROM student_guardian sg WHERE ${studentScope(viewer, 'sg.student_id')}))`;
}

/** Staff members, by the expression of their school id. */
export function staffScope(viewer: Viewer, schoolId: string): string {
  return schoolScope(viewer, schoolId);
}

/**
 * Grades and results of a class × term: families (PARENT, PUPIL) reach them only once the
 * director has PUBLISHED the term; everyone else within the row's other scopes. `term` is the
 * SQL expression of the term code.
 */
export function publishedScope(viewer: Viewer, classId: string, schoolYearId: string, term: string): string {
  if (viewer.role !== Role.PARENT && viewer.role !== Role.PUPIL) return 'true';
  return `EXISTS (SELECT 1 FROM term_status ts WHERE ts.class_id = ${classId} AND ts.school_year_id = ${schoolYearId} AND ts.term = ${term} AND ts.status = 'PUBLISHED')`;
}

/** The grade audit trail, by the expression of its school id: the school's director and the ministry only. */
export function gradeAuditScope(viewer: Viewer, schoolId: string): string {
  switch (viewer.role) {
    case Role.MINISTRY:
      return 'true';
    case Role.DIRECTOR:
      return `${schoolId} = ${id(viewer.schoolId)}`;
    default:
      return 'false';
  }
}

/**
 * Who locked, published or reopened a class's term, and why, by the expression of its school
 * id: the school's staff and the authorities above it; families see the status only.
 */
export function termHistoryScope(viewer: Viewer, schoolId: string): string {
  if (viewer.role === Role.PARENT || viewer.role === Role.PUPIL) return 'false';
  return schoolScope(viewer, schoolId);
}
