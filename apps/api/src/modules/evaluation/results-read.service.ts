import { type Context, loader, requireViewer } from '../../core/context.js';
import { type Enrolment } from '../enrolment/enrolment.entity.js';
import { ROSTER_STATUSES } from '../enrolment/roster.js';
import { type SchoolClass } from '../schooling/school-class.entity.js';
import { schoolYearByName } from '../schooling/schooling.loaders.js';
import { type Term } from './evaluation.enums.js';
import { classPeriodKey, enrolmentPeriodKey, familyResultsByClass, familyResultsByEnrolment, familyResultsByStudent } from './published-results.loaders.js';
import { periodOf } from './published-results.service.js';
import { enrolmentOfStudentYear, studentPeriodKey } from './results-enrolment.loaders.js';
import { classResults, resultsKey, rowToStudentResults, toStudentResults } from './results.service.js';
import { type ClassResults, type StudentResults } from './results.types.js';
import { transcriptKey, transcriptResults } from './transcript.loaders.js';
import { readsAsFamily } from './evaluation.access.js';

/*
 * Which results a viewer reads: PARENT and PUPIL the ones stored when the term was published
 * (published-results.*), everyone else the live computation of the class (results.service.ts);
 * in a class the pupil has left, its transcript (transcript.loaders.ts).
 */

const isFamily = (ctx: Context) => readsAsFamily(requireViewer(ctx));

/**
 * A pupil's term or year results of a school year (default: the current one), as the viewer may
 * read them, in the enrolment results-enrolment.loaders.ts chooses: the ACTIVE class's, or the
 * transcript of a class left during the year when the period's grades are all there.
 */
export async function readStudentResults(ctx: Context, studentId: string, year: string | undefined, term: Term | undefined): Promise<StudentResults | null> {
  const schoolYear = await loader(ctx, schoolYearByName).load(year ?? '');
  const key = studentPeriodKey(studentId, schoolYear.id, periodOf(term));
  if (isFamily(ctx)) return loader(ctx, familyResultsByStudent).load(key);
  const chosen = await loader(ctx, enrolmentOfStudentYear).load(key);
  if (!chosen) return null;
  if (!chosen.onRoster) return loader(ctx, transcriptResults).load(transcriptKey(chosen.classId, chosen.schoolYearId, studentId, term));
  return toStudentResults(await loader(ctx, classResults).load(resultsKey(chosen.classId, chosen.schoolYearId, term)), studentId);
}

/** The results of one enrolment (an enrolment the viewer already reads): its class's row while on the roster, else its transcript. */
export async function readEnrolmentResults(ctx: Context, enrolment: Enrolment, term: Term | undefined): Promise<StudentResults | null> {
  const { classId, schoolYearId, studentId } = enrolment;
  if (isFamily(ctx)) return loader(ctx, familyResultsByEnrolment).load(enrolmentPeriodKey(enrolment.id, schoolYearId, periodOf(term)));
  if (!ROSTER_STATUSES.includes(enrolment.status)) return loader(ctx, transcriptResults).load(transcriptKey(classId, schoolYearId, studentId, term));
  return toStudentResults(await loader(ctx, classResults).load(resultsKey(classId, schoolYearId, term)), studentId);
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
