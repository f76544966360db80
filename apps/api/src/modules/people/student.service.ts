import { type EntityManager } from 'typeorm';
import { reach } from '../../core/auth/rules.js';
import { type Context, requireViewer } from '../../core/context.js';
import { schoolRule } from '../territory/territory.access.js';
import { notFound } from '../../core/errors.js';
import { type PageArgs, paginate, ScopedQuery } from '../../core/database/loaders.js';
import { nextCodeMassar, normalizeCodeMassar } from './code-massar.js';
import { type Gender, Student } from './student.entity.js';
import { studentRule } from './people.access.js';

const students = (ctx: Context) => ScopedQuery.of(ctx, Student, 's', { rule: studentRule, column: 'id' });

/** A pupil by code Massar: NOT_FOUND if no pupil in the caller's scope has it (outside the scope, a code does not exist). */
export async function findStudentByCode(ctx: Context, rawCode: string): Promise<Student> {
  const code = normalizeCodeMassar(rawCode);
  const student = await students(ctx).qb.andWhere('s.codeMassar = :code', { code }).getOne();
  if (!student) throw notFound('Pupil');
  return student;
}

export interface StudentListFilter {
  schoolId?: number;
  classId?: number;
  /** A school year's name (2025-2026): an unknown one matches no enrolment. */
  schoolYear?: string;
  search?: string;
}

/** Pupils in scope, by last then first name; filters go through the enrolment. */
export function listStudents(ctx: Context, filter: StudentListFilter, page: PageArgs) {
  const scoped = students(ctx);
  const { qb } = scoped;
  const enrolment: string[] = [];
  if (filter.schoolId) enrolment.push('e.school_id = :school');
  if (filter.classId) enrolment.push('e.class_id = :class');
  if (filter.schoolYear) enrolment.push('e.school_year_id = (SELECT y.id FROM school_year y WHERE y.name = :year)');
  if (enrolment.length) {
    // Only enrolments in a school the caller reaches: a filter naming another school must not
    // tell which of the caller's pupils (or former pupils) are enrolled there.
    enrolment.push(reach(schoolRule, requireViewer(ctx), 'e.school_id'));
    qb.andWhere(`s.id IN (SELECT e.student_id FROM enrolment e WHERE ${enrolment.join(' AND ')})`, {
      school: filter.schoolId,
      class: filter.classId,
      year: filter.schoolYear,
    });
  }
  if (filter.search) {
    const term = filter.search.trim();
    if (/^[A-Za-z][0-9]{9}$/.test(term)) qb.andWhere('s.codeMassar = :code', { code: term.toUpperCase() });
    else qb.andWhere('lower(s.lastName) LIKE :search', { search: `${term.toLowerCase().replace(/[%_\\]/g, '\\$&')}%` });
  }
  return paginate(
    scoped,
    [
      { column: 's.lastName', valueOf: (s) => s.lastName },
      { column: 's.firstName', valueOf: (s) => s.firstName },
    ],
    page,
  );
}

export interface NewStudent {
  firstName: string;
  lastName: string;
  firstNameAr: string;
  lastNameAr: string;
  birthDate: string;
  birthPlace: string;
  gender: Gender;
}

/**
 * A new pupil with a new code Massar, whose letter names the academy registering them. Inside
 * the caller's transaction, so that a registration refused later leaves no pupil behind.
 */
export async function createStudent(tx: EntityManager, regionId: number, s: NewStudent): Promise<{ id: string; codeMassar: string }> {
  const codeMassar = await nextCodeMassar(tx, regionId);
  const [row] = await tx.query(
    `INSERT INTO student (code_massar, first_name, last_name, first_name_ar, last_name_ar, birth_date, birth_place, gender)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
    [codeMassar, s.firstName.trim(), s.lastName.trim(), s.firstNameAr.trim(), s.lastNameAr.trim(), s.birthDate, s.birthPlace.trim(), s.gender],
  );
  return { id: String(row.id), codeMassar };
}
