import DataLoader from 'dataloader';
import { type Context, loader, requireViewer } from '../../core/context.js';
import { type SchoolClass } from '../schooling/school-class.entity.js';
import { schoolYearByName } from '../schooling/schooling.loaders.js';
import { type Term } from './evaluation.enums.js';
import { classPeriodKey, familyResultsByClass, familyResultsByStudent, studentPeriodKey } from './published-results.loaders.js';
import { periodOf } from './published-results.service.js';
import { classResults, resultsKey, rowToStudentResults, toStudentResults } from './results.service.js';
import { type ClassResults, type StudentResults } from './results.types.js';
import { readsAsFamily } from './evaluation.access.js';

/*
 * Which results a viewer reads: PARENT and PUPIL the ones stored when the term was published
 * (published-results.*), everyone else the live computation of the class (results.service.ts).
 */

const isFamily = (ctx: Context) => readsAsFamily(requireViewer(ctx));

/** The class of each "studentId:yearId" (null when not enrolled that year). One statement. */
const classOfStudentYear = (ctx: Context) =>
  new DataLoader<string, number | null>(async (keys) => {
    const pairs = keys.map((k) => k.split(':'));
    const rows: { key: string; class_id: number }[] = await ctx.db.query(
      `SELECT e.student_id || ':' || e.school_year_id AS key, e.class_id FROM enrolment e
       WHERE (e.student_id, e.school_year_id) IN (SELECT * FROM unnest($1::bigint[], $2::smallint[]))`,
      [pairs.map((p) => p[0]), pairs.map((p) => p[1])],
    );
    return keys.map((k) => rows.find((r) => r.key === k)?.class_id ?? null);
  });

/** A pupil's term or year results of a school year (default: the current one), as the viewer may read them. */
export async function readStudentResults(ctx: Context, studentId: string, year: string | undefined, term: Term | undefined): Promise<StudentResults | null> {
  const schoolYear = await loader(ctx, schoolYearByName).load(year ?? '');
  if (isFamily(ctx)) return loader(ctx, familyResultsByStudent).load(studentPeriodKey(studentId, schoolYear.id, periodOf(term)));
  const classId = await loader(ctx, classOfStudentYear).load(`${studentId}:${schoolYear.id}`);
  if (!classId) return null;
  return toStudentResults(await loader(ctx, classResults).load(resultsKey(classId, schoolYear.id, term)), studentId);
}

/** A class's term or year results: the pupils the viewer may read, by name. */
export async function readClassResults(ctx: Context, schoolClass: SchoolClass, term: Term | undefined): Promise<ClassResults> {
  const classId = schoolClass.id;
  const students = isFamily(ctx)
    ? await loader(ctx, familyResultsByClass).load(classPeriodKey(classId, periodOf(term)))
    : await liveStudents(ctx, classId, schoolClass.schoolYearId, term);
  // Every row of a class carries the same class average.
  return { classId, term: term ?? null, classAverage: students[0]?.classAverage ?? null, students };
}

async function liveStudents(ctx: Context, classId: number, yearId: number, term: Term | undefined): Promise<StudentResults[]> {
  const data = await loader(ctx, classResults).load(resultsKey(classId, yearId, term));
  return data.rows.map((r) => rowToStudentResults(data, r)).filter((s): s is StudentResults => s !== null);
}
