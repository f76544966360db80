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
}

const REGISTRY_ROLES = [Role.DIRECTOR, Role.STAFF];

export async function requireAccess(
  db: DataSource | EntityManager,
  { viewer, permission, ids }: { viewer: Viewer; permission: Permission; ids: (number | string)[] },
): Promise<void> {
  const unique = [...new Set(ids.map(Number))];
  if (!REGISTRY_ROLES.includes(viewer.role) || !viewer.schoolId) throw forbidden('Your role may not change this school\'s registry');
  if (!unique.length) return;
  const [row] = await db.query(checkSql(permission), [unique, viewer.schoolId]);
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
  }
}
