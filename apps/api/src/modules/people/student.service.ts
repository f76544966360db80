import { type DataSource } from 'typeorm';
import { studentScope } from '../../core/auth/row-scope.js';
import { type Viewer } from '../../core/auth/viewer.js';
import { forbidden, notFound } from '../../core/errors.js';
import { type PageArgs, paginate } from '../../core/database/loaders.js';
import { normalizeCodeMassar } from './code-massar.js';
import { Student } from './student.entity.js';

/** A pupil by code Massar: NOT_FOUND if no pupil has it, FORBIDDEN if outside the scope. */
export async function findStudentByCode(db: DataSource, viewer: Viewer, rawCode: string): Promise<Student> {
  const code = normalizeCodeMassar(rawCode);
  const student = await db.getRepository(Student).findOneBy({ codeMassar: code });
  if (!student) throw notFound('Pupil');
  const [visible] = await db.query(`SELECT ${studentScope(viewer, 'x.id')} AS ok FROM (SELECT $1::bigint AS id) x`, [student.id]);
  if (!visible.ok) throw forbidden('This pupil is outside your scope');
  return student;
}

export interface StudentListFilter {
  schoolId?: number;
  classId?: number;
  schoolYearId?: number;
  search?: string;
}

/** Pupils in scope, by last then first name; filters go through the enrolment. */
export function listStudents(db: DataSource, viewer: Viewer, filter: StudentListFilter, page: PageArgs) {
  const qb = db.getRepository(Student).createQueryBuilder('s').where(studentScope(viewer, 's.id'));
  const enrolment: string[] = [];
  if (filter.schoolId) enrolment.push('e.school_id = :school');
  if (filter.classId) enrolment.push('e.class_id = :class');
  if (filter.schoolYearId) enrolment.push('e.school_year_id = :year');
  if (enrolment.length) {
    qb.andWhere(`s.id IN (SELECT e.student_id FROM enrolment e WHERE ${enrolment.join(' AND ')})`, {
      school: filter.schoolId,
      class: filter.classId,
      year: filter.schoolYearId,
    });
  }
  if (filter.search) {
    const term = filter.search.trim();
    if (/^[A-Za-z][0-9]{9}$/.test(term)) qb.andWhere('s.codeMassar = :code', { code: term.toUpperCase() });
    else qb.andWhere('lower(s.lastName) LIKE :search', { search: `${term.toLowerCase().replace(/[%_\\]/g, '\\$&')}%` });
  }
  return paginate(
    qb,
    [
      { column: 's.lastName', valueOf: (s) => s.lastName },
      { column: 's.firstName', valueOf: (s) => s.firstName },
    ],
    page,
  );
}
