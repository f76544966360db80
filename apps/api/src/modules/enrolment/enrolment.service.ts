import { type DataSource, type EntityManager } from 'typeorm';
import { reach, requireAccess, requireVisible } from '../../core/auth/rules.js';
import { type Viewer } from '../../core/auth/viewer.js';
import { badInput, conflict, notFound } from '../../core/errors.js';
import { normalizeCodeMassar } from '../people/code-massar.js';
import { checkDistinctGuardians, linkGuardian, upsertGuardian } from '../people/guardian.service.js';
import { createStudent } from '../people/student.service.js';
import { studentRule } from '../people/people.access.js';
import { classRule } from '../schooling/schooling.access.js';
import { Enrolment } from './enrolment.entity.js';
import { classEnrolmentRule, studentWriteRule } from './enrolment.access.js';
import { onRoster } from './roster.js';
import { refusePossibleDuplicate } from './possible-duplicate.js';
import { type RegisterStudentInput } from './dto/register-student.input.js';

/** A class locked for an enrolment (lockClass, or transfer.service's destination class). */
export interface ClassRow {
  id: number;
  name: string;
  school_id: number;
  school_year_id: number;
  level_id: number;
  capacity: number;
  region_id: number;
}

/**
 * Registers a new pupil (a new code Massar), links their guardians, and enrols them: all or
 * nothing. The pupil and guardian rows are people's, written through its functions. A pupil of
 * the same identity refuses it (POSSIBLE_DUPLICATE) unless the input allows a duplicate.
 */
export async function registerStudent(db: DataSource, viewer: Viewer, classId: number, input: RegisterStudentInput): Promise<Enrolment> {
  checkBirthDate(input.birthDate);
  checkDistinctGuardians(input.guardians);
  return db.transaction(async (tx) => {
    const cls = await lockClass(tx, viewer, classId);
    // After the class check: a caller who may not register here learns nothing of who exists.
    if (!input.allowDuplicate) await refusePossibleDuplicate(tx, viewer, input);
    const student = await createStudent(tx, cls.region_id, input);
    const schoolHoldsAnyOf = (studentIds: string[]) => holdsAnyOf(tx, cls.school_id, studentIds);
    for (const [i, g] of input.guardians.entries()) {
      const guardian = await upsertGuardian(tx, g, `guardians.${i}`);
      const link = { studentId: student.id, guardian, relationship: g.relationship, schoolId: cls.school_id, contact: g };
      await linkGuardian(tx, link, schoolHoldsAnyOf);
    }
    return insertEnrolment(tx, student.id, cls);
  });
}

/** Whether any of these pupils is enrolled in the school now. */
async function holdsAnyOf(tx: EntityManager, schoolId: number, studentIds: string[]): Promise<boolean> {
  if (!studentIds.length) return false;
  const [row] = await tx.query(
    `SELECT EXISTS (SELECT 1 FROM enrolment e WHERE e.school_id = $1 AND ${onRoster('e')} AND e.student_id = ANY($2::bigint[])) AS held`,
    [schoolId, studentIds],
  );
  return row.held;
}

/**
 * Enrols an existing pupil of this school in one of its classes: the start of a year, or
 * re-registration for the next one. A pupil last enrolled elsewhere needs a transfer.
 */
export async function enrolStudent(db: DataSource, viewer: Viewer, rawCode: string, classId: number, nextYearOnly = false): Promise<Enrolment> {
  const code = normalizeCodeMassar(rawCode);
  return db.transaction(async (tx) => {
    const cls = await lockClass(tx, viewer, classId);
    // A pupil outside the school's reach answers as an unknown code: a code Massar is not probed.
    const [student] = await tx.query(`SELECT s.id FROM student s WHERE s.code_massar = $1 AND ${reach(studentRule, viewer, 's.id')}`, [code]);
    if (!student) throw notFound('Pupil');
    const [latest] = await tx.query(
      `SELECT e.school_id, y.name, y.starts_on, (SELECT starts_on FROM school_year WHERE id = $2) AS target_start
       FROM enrolment e JOIN school_year y ON y.id = e.school_year_id
       WHERE e.student_id = $1 ORDER BY y.starts_on DESC, e.status = 'ACTIVE' DESC, e.enrolled_on DESC, e.id DESC LIMIT 1`,
      [student.id, cls.school_year_id],
    );
    if (latest && latest.school_id !== cls.school_id) throw conflict('TRANSFER_REQUIRED', 'This pupil is enrolled in another school: request a transfer');
    await requireAccess(tx, viewer, studentWriteRule, [student.id]);
    if (nextYearOnly && latest && !(latest.target_start > latest.starts_on)) {
      throw badInput('classId', 'NOT_NEXT_YEAR', `Re-registration is for a year after ${latest.name}`);
    }
    return insertEnrolment(tx, student.id, cls);
  });
}

async function lockClass(tx: EntityManager, viewer: Viewer, classId: number): Promise<ClassRow> {
  await requireVisible(tx, viewer, classRule, [classId], 'Class');
  await requireAccess(tx, viewer, classEnrolmentRule, [classId]);
  // The row lock serialises enrolments into one class, so two secretaries cannot both take
  // the last seat.
  const [cls] = await tx.query(
    `SELECT c.id, c.name, c.school_id, c.school_year_id, c.level_id, c.capacity, p.region_id
     FROM school_class c JOIN school sc ON sc.id = c.school_id JOIN province p ON p.id = sc.province_id
     WHERE c.id = $1 FOR UPDATE OF c`,
    [classId],
  );
  if (!cls) throw notFound('Class');
  return cls;
}

/** Enrols a pupil in a class the caller has locked (FOR UPDATE): capacity, then one ACTIVE enrolment a year. */
export async function insertEnrolment(tx: EntityManager, studentId: string, cls: ClassRow): Promise<Enrolment> {
  const [{ count }] = await tx.query(`SELECT count(*)::int AS count FROM enrolment e WHERE e.class_id = $1 AND ${onRoster('e')}`, [cls.id]);
  if (count >= cls.capacity) throw conflict('CLASS_FULL', `Class ${cls.name} is full (${count}/${cls.capacity})`);
  const [existing] = await tx.query(
    // Only an ACTIVE enrolment counts: a year may also hold the one a transfer closed.
    `SELECT c.name FROM enrolment e JOIN school_class c ON c.id = e.class_id WHERE e.student_id = $1 AND e.school_year_id = $2 AND e.status = 'ACTIVE'`,
    [studentId, cls.school_year_id],
  );
  if (existing) throw conflict('ALREADY_ENROLLED', `This pupil is already enrolled this year (${existing.name})`);
  const [row] = await tx.query(
    `INSERT INTO enrolment (student_id, school_id, class_id, school_year_id) VALUES ($1, $2, $3, $4) RETURNING id`,
    [studentId, cls.school_id, cls.id, cls.school_year_id],
  );
  return tx.getRepository(Enrolment).findOneByOrFail({ id: row.id, schoolYearId: cls.school_year_id });
}

function checkBirthDate(date: string): void {
  const parsed = new Date(`${date}T00:00:00Z`);
  const age = (Date.now() - parsed.getTime()) / (365.25 * 86_400_000);
  if (Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== date) throw badInput('birthDate', 'INVALID_DATE', 'This date does not exist');
  if (age < 3 || age > 30) throw badInput('birthDate', 'AGE_OUT_OF_RANGE', 'A pupil is between 3 and 30 years old');
}
