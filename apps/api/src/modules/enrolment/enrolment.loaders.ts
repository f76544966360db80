import DataLoader from 'dataloader';
import { reachBound } from '../../core/auth/rules.js';
import { type Context, loader, requireViewer } from '../../core/context.js';
import { byIdLoader, type PageArgs, pageLoader, ScopedQuery } from '../../core/database/loaders.js';
import { preparedQuery } from '../../core/database/prepared-query.js';
import { groupBy } from '../../core/group-by.js';
import { type Connection, DEFAULT_PAGE, decodeCursor, toConnection } from '../../core/graphql/connection.js';
import { STUDENT_COLUMNS, type StudentRow, studentsOfRows } from '../people/people.loaders.js';
import { Student } from '../people/student.entity.js';
import { type SchoolClass } from '../schooling/school-class.entity.js';
import { School } from '../territory/school.entity.js';
import { Enrolment } from './enrolment.entity.js';
import { onRoster } from './roster.js';
import { enrolmentColumns, enrolmentRule, historySchoolRule } from './enrolment.access.js';

/** The schools of pupils' histories (Enrolment.school), within historySchoolRule. */
export const historySchoolById = (ctx: Context) => byIdLoader(ctx, School, { rule: historySchoolRule, column: 'id' });

const enrolments = (ctx: Context) => ScopedQuery.over(ctx, Enrolment, 'e', (qb) => qb, enrolmentRule, enrolmentColumns('e'));

/** Enrolments by id, within their rule (null outside it, as for a missing one). One statement per batch. */
export const enrolmentById = (ctx: Context) =>
  new DataLoader<number, Enrolment | null>(async (ids) => {
    const rows = await enrolments(ctx).qb.andWhere('e.id = ANY(:ids)', { ids: [...ids] }).getMany();
    return ids.map((id) => rows.find((e) => Number(e.id) === Number(id)) ?? null);
  });

/** A pupil's enrolments within their rule, latest year first. */
export const enrolmentsByStudent = (ctx: Context) =>
  new DataLoader<string, Enrolment[]>(async (ids) => {
    const rows = await enrolments(ctx)
      .qb.andWhere('e.student_id = ANY(:ids)', { ids: [...ids] })
      .orderBy('e.schoolYearId', 'DESC')
      .getMany();
    return ids.map((id) => rows.filter((e) => e.studentId === String(id)));
  });

type PageRow = StudentRow & { class_id: number; total: string };

const classPages = {};
/** The school year of each class asked for in this request: its enrolments live in that year's partition. */
const classYears = () => new Map<number, number>();

/**
 * The roster of many classes, pupils included, in one statement (window functions page each
 * class) whatever the number of classes. The pupils come with the enrolments the enrolment rule
 * lets through: every pupil it reaches, the pupil rule reaches too (each of its conditions is an
 * enrolment the pupil rule counts), and repeating that rule here would read every year's partition.
 */
export function studentsOfClass(ctx: Context, schoolClass: SchoolClass, page: PageArgs): Promise<Connection<Student>> {
  loader(ctx, classYears).set(schoolClass.id, schoolClass.schoolYearId);
  return pageLoader(ctx, classPages, page, (classIds) => loadClassPages(ctx, classIds, page)).load(schoolClass.id);
}

async function loadClassPages(ctx: Context, classIds: number[], page: PageArgs): Promise<Connection<Student>[]> {
  const limit = page.first ?? DEFAULT_PAGE;
  const after = decodeCursor(page.after, 3);
  const years = loader(ctx, classYears);
  const viewer = requireViewer(ctx);
  // The years as a parameter, so that PostgreSQL reads only those enrolment partitions.
  const yearIds = [...new Set(classIds.map((id) => years.get(id)!))];
  const parameters: unknown[] = [classIds, after?.[0] ?? null, after?.[1] ?? null, after?.[2] ?? null, limit + 1, yearIds];
  const enrolled = reachBound(enrolmentRule, viewer, enrolmentColumns('e'), parameters);
  const rows = await preparedQuery<PageRow>(
    ctx.db,
    `SELECT * FROM (
       SELECT x.*, row_number() OVER (PARTITION BY x.class_id ORDER BY x.last_name, x.first_name, x.id) AS rn
       FROM (SELECT e.class_id, ${STUDENT_COLUMNS('s')}, count(*) OVER (PARTITION BY e.class_id) AS total
             FROM enrolment e JOIN student s ON s.id = e.student_id
             WHERE e.class_id = ANY($1::int[]) AND e.school_year_id = ANY($6::smallint[]) AND ${onRoster('e')} AND ${enrolled}) x
       WHERE $2::text IS NULL OR (x.last_name, x.first_name, x.id) > ($2::text, $3::text, $4::bigint)
     ) y WHERE rn <= $5`,
    parameters,
  );
  const byClass = groupBy(rows, (r) => r.class_id);
  return classIds.map((classId) => {
    const mine = byClass.get(classId) ?? [];
    const nodes = studentsOfRows(ctx, mine);
    const total = mine.length ? Number(mine[0].total) : 0;
    return toConnection(nodes, limit, total, (s) => [s.lastName, s.firstName, Number(s.id)], after !== null);
  });
}
