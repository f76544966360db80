import DataLoader from 'dataloader';
import { reach } from '../../core/auth/rules.js';
import { type Context, loader, requireViewer } from '../../core/context.js';
import { groupBy } from '../../core/group-by.js';
import { type SchoolClass } from '../schooling/school-class.entity.js';
import { schoolRule } from '../territory/territory.access.js';
import { enrolmentColumns, enrolmentRule, orientationRule } from './enrolment.access.js';
import { EnrolmentStatus } from './enrolment.entity.js';
import { beforeDeadline, ORIENTATION_LEVELS, type OrientationWish, type OrientationWishes } from './orientation.types.js';
import { onRoster } from './roster.js';

/** The key of a pupil's orientation: "studentId:schoolYearId". */
export const orientationKey = (studentId: string | number, schoolYearId: number) => `${studentId}:${schoolYearId}`;

interface OrientationRecord {
  student_id: string;
  school_year_id: number;
  year: string;
  deadline: string | null;
  open: boolean;
  wishes: OrientationWish[] | null;
  submitted_at: Date | null;
  submitted_by: string | null;
}

/**
 * Pupils' orientation per "studentId:schoolYearId", in one statement per batch: the school of
 * the pupil's enrolment that year (the active one, else the latest) gives the deadline, and
 * decides with the pupil who reads it (orientationRule: family and school staff; null for anyone
 * else, as for a pupil out of scope). Wishes are read under the same rule, by the school they were
 * submitted in.
 */
export const orientationByStudentYear = (ctx: Context) =>
  new DataLoader<string, OrientationWishes | null>(async (keys) => {
    const viewer = requireViewer(ctx);
    const pairs = keys.map((k) => k.split(':'));
    const rows: OrientationRecord[] = await ctx.db.query(
      `WITH place AS (
         SELECT DISTINCT ON (k.student_id, k.school_year_id) k.student_id, k.school_year_id, e.school_id, e.status, l.code AS level_code
         FROM unnest($1::bigint[], $2::smallint[]) AS k(student_id, school_year_id)
         LEFT JOIN enrolment e ON e.student_id = k.student_id AND e.school_year_id = k.school_year_id AND e.school_year_id = ANY($2::smallint[])
         LEFT JOIN school_class c ON c.id = e.class_id
         LEFT JOIN level l ON l.id = c.level_id
         ORDER BY k.student_id, k.school_year_id, (e.status = '${EnrolmentStatus.ACTIVE}') DESC NULLS LAST, e.enrolled_on DESC NULLS LAST
       )
       SELECT p.student_id::text AS student_id, p.school_year_id, y.name AS year, d.deadline::text AS deadline,
              coalesce(p.status = '${EnrolmentStatus.ACTIVE}' AND p.level_code = ANY($3::text[]) AND ${beforeDeadline('d.deadline')}, false) AS open,
              w.wishes, w.submitted_at, w.submitted_by
       FROM place p JOIN school_year y ON y.id = p.school_year_id
       LEFT JOIN orientation_deadline d ON d.school_id = p.school_id AND d.school_year_id = p.school_year_id
       LEFT JOIN LATERAL (
         SELECT json_agg(json_build_object('rank', ow.rank, 'streamId', ow.stream_id) ORDER BY ow.rank) AS wishes,
                max(ow.submitted_at) AS submitted_at, max(a.display_name) AS submitted_by
         FROM orientation_wish ow LEFT JOIN account a ON a.id = ow.submitted_by
         WHERE ow.student_id = p.student_id AND ow.school_year_id = p.school_year_id
           AND ${reach(orientationRule, viewer, { studentId: 'ow.student_id', schoolId: 'ow.school_id' })}
       ) w ON true
       WHERE ${reach(orientationRule, viewer, { studentId: 'p.student_id', schoolId: 'p.school_id' })}`,
      [pairs.map((p) => p[0]), pairs.map((p) => p[1]), ORIENTATION_LEVELS],
    );
    const byKey = new Map(rows.map((r) => [orientationKey(r.student_id, r.school_year_id), r]));
    return keys.map((k) => {
      const r = byKey.get(k);
      if (!r) return null;
      return {
        studentId: r.student_id, schoolYearId: r.school_year_id, year: r.year, deadline: r.deadline, open: r.open,
        wishes: r.wishes ?? [], submittedAt: r.submitted_at, submittedBy: r.submitted_by,
      };
    });
  });

/** The class roster's pupils whose orientation the viewer reads, by name: one statement per batch of classes. */
const orientationPupilsByClass = (ctx: Context) =>
  new DataLoader<number, string[]>(async (classIds) => {
    const viewer = requireViewer(ctx);
    const rows: { class_id: number; student_id: string }[] = await ctx.db.query(
      `SELECT e.class_id, e.student_id::text AS student_id
       FROM school_class c JOIN enrolment e ON e.class_id = c.id AND e.school_year_id = c.school_year_id
       JOIN student s ON s.id = e.student_id
       WHERE c.id = ANY($1::int[]) AND ${onRoster('e')} AND ${reach(enrolmentRule, viewer, enrolmentColumns('e'))}
         AND ${reach(orientationRule, viewer, { studentId: 'e.student_id', schoolId: 'e.school_id' })}
       ORDER BY s.last_name, s.first_name, s.id`,
      [[...classIds]],
    );
    const byClass = groupBy(rows, (r) => r.class_id);
    return classIds.map((id) => (byClass.get(id) ?? []).map((r) => r.student_id));
  });

/** The orientation of each pupil on a class's roster for the class's year (the council's worksheet): two statements per batch. */
export async function orientationOfClass(ctx: Context, schoolClass: SchoolClass): Promise<OrientationWishes[]> {
  const pupils = await loader(ctx, orientationPupilsByClass).load(schoolClass.id);
  const found = await loader(ctx, orientationByStudentYear).loadMany(pupils.map((id) => orientationKey(id, schoolClass.schoolYearId)));
  return found.filter((o): o is OrientationWishes => o !== null && !(o instanceof Error));
}

/** A school's orientation deadline per "schoolId:schoolYearId", for whoever sees the school; null when none is set. */
export const deadlineBySchoolYear = (ctx: Context) =>
  new DataLoader<string, string | null>(async (keys) => {
    const pairs = keys.map((k) => k.split(':'));
    const rows: { key: string; deadline: string }[] = await ctx.db.query(
      `SELECT d.school_id || ':' || d.school_year_id AS key, d.deadline::text AS deadline FROM orientation_deadline d
       WHERE (d.school_id, d.school_year_id) IN (SELECT * FROM unnest($1::int[], $2::smallint[]))
         AND ${reach(schoolRule, requireViewer(ctx), 'd.school_id')}`,
      [pairs.map((p) => p[0]), pairs.map((p) => p[1])],
    );
    const byKey = new Map(rows.map((r) => [r.key, r.deadline]));
    return keys.map((k) => byKey.get(k) ?? null);
  });
