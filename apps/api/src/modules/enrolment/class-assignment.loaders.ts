import DataLoader from 'dataloader';
import { reachBound } from '../../core/auth/rules.js';
import { type Context, requireViewer } from '../../core/context.js';
import { preparedQuery } from '../../core/database/prepared-query.js';
import { type SchoolClass } from '../schooling/school-class.entity.js';
import { classRule } from '../schooling/schooling.access.js';
import { onRoster } from './roster.js';

/**
 * How many pupils are on each class's roster, for many classes in one statement. A count, like
 * the capacity beside it, is a figure of the class: whoever sees the class (the class rule, also
 * applied here) reads it, without any pupil's identity. Keyed by class, read in its year's partition.
 */
export const enrolledCountOfClass = (ctx: Context) =>
  new DataLoader<SchoolClass, number, number>(
    async (classes) => {
      const parameters: unknown[] = [classes.map((c) => c.id), [...new Set(classes.map((c) => c.schoolYearId))]];
      const visible = reachBound(classRule, requireViewer(ctx), 'e.class_id', parameters);
      const rows = await preparedQuery<{ class_id: number; n: number }>(
        ctx.db,
        `SELECT e.class_id, count(*)::int AS n FROM enrolment e
         WHERE e.class_id = ANY($1::int[]) AND e.school_year_id = ANY($2::smallint[]) AND ${onRoster('e')} AND ${visible}
         GROUP BY e.class_id`,
        parameters,
      );
      return classes.map((c) => rows.find((r) => r.class_id === c.id)?.n ?? 0);
    },
    { cacheKeyFn: (c) => c.id },
  );
