import { type DataSource, type EntityManager } from 'typeorm';
import { forbidden } from '../errors.js';
import { Role, type Viewer } from './viewer.js';

/**
 * Write permissions, checked for all ids in one query: the caller is refused unless every id
 * is allowed (pattern from immich's access repository).
 */
export enum Permission {
  /** Register pupils and enrol them in this school's classes: ids are school ids. */
  SchoolRegistryWrite = 'SchoolRegistryWrite',
  /** Enrol in a class: ids are class ids. */
  ClassEnrolmentWrite = 'ClassEnrolmentWrite',
  /** Change a pupil's record or re-register them: ids are student ids. */
  StudentWrite = 'StudentWrite',
  /** Create assessments and record grades: ids are teaching assignment ids (class × subject), the teacher's own. */
  GradeWrite = 'GradeWrite',
  /** Lock, reopen and publish a class's term: ids are class ids of the director's school. */
  TermManage = 'TermManage',
}

const REGISTRY_ROLES = [Role.DIRECTOR, Role.STAFF];

export async function requireAccess(
  db: DataSource | EntityManager,
  { viewer, permission, ids }: { viewer: Viewer; permission: Permission; ids: (number | string)[] },
): Promise<void> {
  const unique = [...new Set(ids.map(Number))];
  const holder = HOLDERS[permission];
  const scopeId = holder.scopeId(viewer);
  if (!holder.roles.includes(viewer.role) || !scopeId) throw forbidden(holder.refusal);
  if (!unique.length) return;
  const [row] = await db.query(checkSql(permission), [unique, scopeId]);
  if (Number(row.allowed) !== unique.length) throw forbidden('This record belongs to another school');
}

function checkSql(permission: Permission): string {
  switch (permission) {
    case Permission.SchoolRegistryWrite:
      return 'SELECT count(*) AS allowed FROM school WHERE id = ANY($1::int[]) AND id = $2';
    case Permission.ClassEnrolmentWrite:
      return 'SELECT count(*) AS allowed FROM school_class WHERE id = ANY($1::int[]) AND school_id = $2';
    case Permission.StudentWrite:
      // A pupil belongs to the school of their latest enrolment.
      return `SELECT count(*) AS allowed FROM (
                SELECT DISTINCT ON (student_id) student_id, school_id FROM enrolment
                WHERE student_id = ANY($1::bigint[]) ORDER BY student_id, school_year_id DESC) latest
              WHERE latest.school_id = $2`;
    case Permission.GradeWrite:
      return 'SELECT count(*) AS allowed FROM teaching_assignment WHERE id = ANY($1::int[]) AND teacher_id = $2';
    case Permission.TermManage:
      return 'SELECT count(*) AS allowed FROM school_class WHERE id = ANY($1::int[]) AND school_id = $2';
  }
}

/** Who may hold each permission at all, and the scope id ($2) its query checks the ids against. */
const REGISTRY_HOLDER = { roles: REGISTRY_ROLES, scopeId: (v: Viewer) => v.schoolId, refusal: 'Your role may not change this school\'s registry' };
const HOLDERS: Record<Permission, { roles: Role[]; scopeId: (viewer: Viewer) => number | null; refusal: string }> = {
  [Permission.SchoolRegistryWrite]: REGISTRY_HOLDER,
  [Permission.ClassEnrolmentWrite]: REGISTRY_HOLDER,
  [Permission.StudentWrite]: REGISTRY_HOLDER,
  [Permission.GradeWrite]: { roles: [Role.TEACHER], scopeId: (v) => v.staffMemberId, refusal: 'Only the teacher of this class and subject may enter its grades' },
  [Permission.TermManage]: { roles: [Role.DIRECTOR], scopeId: (v) => v.schoolId, refusal: 'Only the school\'s director may lock or publish a term' },
};
