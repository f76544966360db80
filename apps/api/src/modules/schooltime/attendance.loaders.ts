import DataLoader from 'dataloader';
import { absenceKindOf, type JustificationStatus } from '@massar/rules';
import { reach } from '../../core/auth/rules.js';
import { type Context, requireViewer } from '../../core/context.js';
import { type Term } from '../evaluation/evaluation.enums.js';
import { ABSENCE_FROM, absenceColumns } from './absence.loaders.js';
import { AttendanceTotals } from './absence.types.js';
import { absenceRule } from './schooltime.access.js';

/** Whose attendance, over which year (by id, or the year of a class) and term (null: the whole year). */
export interface AttendanceKey {
  studentId: string;
  yearId?: number;
  classId?: number;
  term: Term | null;
}

interface Group {
  key: string;
  status: JustificationStatus | null;
  late: boolean;
  n: number;
  minutes: number;
}

const keyOf = (k: AttendanceKey) => `${k.studentId}:${k.yearId ?? ''}:${k.classId ?? ''}:${k.term ?? ''}`;
const hours = (minutes: number) => Math.round((minutes / 60) * 100) / 100;

/** Totals from the absences grouped by justification status and lateness: "justified" is @massar/rules' absenceKindOf. */
export function totalsOf(groups: Pick<Group, 'status' | 'late' | 'n' | 'minutes'>[]): AttendanceTotals {
  let absenceCount = 0, justified = 0, unjustified = 0, lateCount = 0, minutesLate = 0;
  for (const g of groups) {
    if (g.late) {
      lateCount += g.n;
      minutesLate += g.minutes;
    } else {
      absenceCount += g.n;
      if (absenceKindOf(g.status) === 'JUSTIFIED') justified += g.minutes;
      else unjustified += g.minutes;
    }
  }
  return Object.assign(new AttendanceTotals(), {
    absenceCount, hoursAbsent: hours(justified + unjustified), justifiedHours: hours(justified), unjustifiedHours: hours(unjustified), lateCount, minutesLate,
  });
}

/**
 * Attendance totals of pupils, over the absences the viewer reaches (absenceRule): one
 * statement for every pupil of a results list, summed by status in SQL.
 */
export const attendanceTotals = (ctx: Context) =>
  new DataLoader<AttendanceKey, AttendanceTotals, string>(async (keys) => {
    const groups: Group[] = await ctx.db.query(
      `SELECT k.key, j.status, a.late, count(*)::int AS n, sum(a.minutes)::int AS minutes
       FROM unnest($1::text[], $2::bigint[], $3::smallint[], $4::int[], $5::text[]) AS k(key, s, y, c, t)
       JOIN ${ABSENCE_FROM.replace('absence_record a', `absence_record a ON a.student_id = k.s
         AND a.school_year_id = coalesce(k.y, (SELECT sc.school_year_id FROM school_class sc WHERE sc.id = k.c)) AND (k.t IS NULL OR a.term = k.t)`)}
       WHERE ${reach(absenceRule, requireViewer(ctx), absenceColumns)}
       GROUP BY k.key, j.status, a.late`,
      [keys.map(keyOf), keys.map((k) => k.studentId), keys.map((k) => k.yearId ?? null), keys.map((k) => k.classId ?? null), keys.map((k) => k.term)],
    );
    return keys.map((k) => totalsOf(groups.filter((g) => g.key === keyOf(k))));
  }, { cacheKeyFn: keyOf });
