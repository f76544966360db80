import DataLoader from 'dataloader';
import { reachBound } from '../../core/auth/rules.js';
import { type Viewer } from '../../core/auth/viewer.js';
import { type Context, requireViewer } from '../../core/context.js';
import { preparedQuery } from '../../core/database/prepared-query.js';
import { onRoster } from '../enrolment/roster.js';
import { type MarkRow, markRule } from './evaluation.access.js';
import { type Period } from './published-results.service.js';

/*
 * Which class a pupil's results of a school year are read in. Since a transfer during the year
 * (transfer-completion.ts) a year may hold a closed enrolment at the origin and the ACTIVE one at
 * the destination. Student.results(year, term) answers, among the enrolments of that year whose
 * marks of the period the viewer may read (markRule), the one whose class holds the pupil's
 * grades of the period, the ACTIVE one first, then the latest; with no grades in any, the ACTIVE
 * one, then the latest. So a term spent wholly at the origin reads that class's transcript, and a
 * term with grades at the destination reads the destination class's results. The choice never
 * looks at an enrolment the viewer may not read: the origin's answer is the same whatever the
 * destination recorded.
 */

/** markRule's row for the enrolment `e` and a period (S1, S2, YEAR: the year is shown with S2). */
export const enrolmentMarkRow = (e: string, period: string): MarkRow => ({
  studentId: `${e}.student_id`, classId: `${e}.class_id`, schoolId: `${e}.school_id`, schoolYearId: `${e}.school_year_id`,
  term: `CASE WHEN ${period} = 'YEAR' THEN 'S2' ELSE ${period} END`,
});

/**
 * A lateral join naming `e` the enrolment chosen (see above) for each row of `k` (its columns
 * student_id, school_year_id and term: S1, S2 or YEAR). A pupil with one enrolment that year
 * costs one index probe more than before; only two or more look at the grades.
 */
export function chosenEnrolment(viewer: Viewer, parameters: unknown[]): string {
  const visible = reachBound(markRule, viewer, enrolmentMarkRow('e', 'k.term'), parameters);
  return `CROSS JOIN LATERAL (
    SELECT e.* FROM enrolment e
    WHERE e.student_id = k.student_id AND e.school_year_id = k.school_year_id AND ${visible}
    ORDER BY CASE WHEN NOT EXISTS (SELECT 1 FROM enrolment o WHERE o.student_id = e.student_id AND o.school_year_id = e.school_year_id AND o.id <> e.id)
                  THEN true
                  ELSE EXISTS (SELECT 1 FROM grade g JOIN assessment a ON a.id = g.assessment_id AND a.school_year_id = g.school_year_id
                               WHERE g.student_id = e.student_id AND g.school_year_id = e.school_year_id AND a.class_id = e.class_id
                                 AND (k.term = 'YEAR' OR a.term = k.term)) END DESC,
             e.status = 'ACTIVE' DESC, e.enrolled_on DESC, e.id DESC
    LIMIT 1) e`;
}

/** The enrolment a pupil's results are read in: its class, and whether it is on the class's roster (else: a transcript). */
export interface ResultsEnrolment {
  classId: number;
  schoolYearId: number;
  onRoster: boolean;
}

export const studentPeriodKey = (studentId: string, yearId: number, period: Period) => `${studentId}:${yearId}:${period}`;

/** The enrolment of each "studentId:yearId:period" whose results this (staff) viewer reads, or null. One statement. */
export const enrolmentOfStudentYear = (ctx: Context) =>
  new DataLoader<string, ResultsEnrolment | null>(async (keys) => {
    const parts = keys.map((k) => k.split(':'));
    const parameters: unknown[] = [keys, parts.map((p) => p[0]), parts.map((p) => p[1]), parts.map((p) => p[2])];
    const rows = await preparedQuery<ResultsEnrolment & { key: string }>(
      ctx.db,
      `SELECT k.key, e.class_id AS "classId", e.school_year_id AS "schoolYearId", ${onRoster('e')} AS "onRoster"
       FROM unnest($1::text[], $2::bigint[], $3::smallint[], $4::text[]) AS k(key, student_id, school_year_id, term)
       ${chosenEnrolment(requireViewer(ctx), parameters)}`,
      parameters,
    );
    const found = new Map(rows.map((r) => [r.key, r]));
    return keys.map((k) => found.get(k) ?? null);
  });
