import { type DataSource, type EntityManager } from 'typeorm';
import { reach } from '../../core/auth/rules.js';
import { type Viewer } from '../../core/auth/viewer.js';
import { schoolRule } from '../territory/territory.access.js';
import { currentSchoolOf, studentRule } from './people.access.js';
import { STUDENT_COLUMNS, type StudentRow } from './people.loaders.js';

/*
 * Pupils who may be the one being registered: the same Latin first and last names (compared as
 * comparableName() compares them, by the SQL comparable_name() of migration
 * 1764420000000-student-identity), the same birth date and the same birth place.
 *
 * Probing: whoever holds REGISTRY_WRITE learns, for an identity they typed in full, whether such
 * a pupil exists outside their scope — a yes or no, never how many, which code, which names (theirs
 * are the ones typed) or which school. That is acceptable: the caller must already know all four
 * fields exactly (no prefix or partial match, so nothing can be listed), the account is a school's
 * director or secretariat, and the answer is what the school needs to send the family back for the
 * code Massar and a transfer instead of giving the child a second identity. Matches inside the
 * scope are the caller's own pupils (or former pupils) and are shown as any pupil of theirs is.
 */

export interface Identity {
  firstName: string;
  lastName: string;
  /** YYYY-MM-DD. */
  birthDate: string;
  birthPlace: string;
}

export interface VisibleMatch {
  student: StudentRow;
  /** The school the pupil is enrolled in now, when the caller reaches it; null otherwise (or none). */
  currentSchool: { id: number; code: string; nameFr: string; nameAr: string } | null;
}

export interface IdentityMatches {
  visible: VisibleMatch[];
  /** Whether some match lies outside the caller's scope: that one exists, nothing more. */
  existsElsewhere: boolean;
}

/** More matches than this for one full identity is not a registry but a data error: the first are enough. */
const MAX_MATCHES = 20;

/**
 * Serialises the registrations of one identity until the transaction ends, so that two schools
 * registering the same child at the same moment cannot both miss the other's new pupil.
 */
export async function lockIdentity(tx: EntityManager, identity: Identity): Promise<void> {
  await tx.query(
    `SELECT pg_advisory_xact_lock(hashtextextended(concat_ws('|', 'student-identity', $1::date, comparable_name($2), comparable_name($3), comparable_name($4)), 0))`,
    [identity.birthDate, identity.lastName, identity.firstName, identity.birthPlace],
  );
}

/**
 * The pupils of this identity, split by the caller's pupil scope (studentRule): those inside with
 * their record and current school (itself under schoolRule), those outside as a yes or no. One
 * statement, one probe of student_identity_idx; the identity columns of a match outside the scope
 * are never read out of the database.
 */
export async function findIdentityMatches(db: DataSource | EntityManager, viewer: Viewer, identity: Identity): Promise<IdentityMatches> {
  const rows: (Partial<StudentRow> & { visible: boolean; school_id: number | null; school_code: string | null; name_fr: string | null; name_ar: string | null })[] =
    await db.query(
      `WITH found AS (
         SELECT s.id, ${reach(studentRule, viewer, 's.id')} AS visible
         FROM student s
         WHERE s.birth_date = $1::date AND comparable_name(s.last_name) = comparable_name($2) AND comparable_name(s.first_name) = comparable_name($3)
           AND comparable_name(s.birth_place) = comparable_name($4)
         ORDER BY s.id LIMIT ${MAX_MATCHES}
       )
       SELECT f.visible, ${STUDENT_COLUMNS('s')}, sc.id AS school_id, sc.code AS school_code, sc.name_fr, sc.name_ar
       FROM found f
       LEFT JOIN student s ON s.id = f.id AND f.visible
       LEFT JOIN school sc ON f.visible AND sc.id = ${currentSchoolOf('f.id')} AND ${reach(schoolRule, viewer, 'sc.id')}
       ORDER BY f.id`,
      [identity.birthDate, identity.lastName, identity.firstName, identity.birthPlace],
    );
  return {
    visible: rows.filter((r) => r.visible).map((r) => ({
      student: r as StudentRow,
      currentSchool: r.school_id === null ? null : { id: r.school_id, code: r.school_code!, nameFr: r.name_fr!, nameAr: r.name_ar! },
    })),
    existsElsewhere: rows.some((r) => !r.visible),
  };
}
