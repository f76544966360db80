import { absenceKindOf, type JustificationStatus } from '@massar/rules';
import { type DataSource, type EntityManager } from 'typeorm';
import { badInput } from '../../core/errors.js';
import { type Connection, DEFAULT_PAGE, decodeCursor, toConnection } from '../../core/graphql/connection.js';
import { type SchoolYear } from '../schooling/school-year.entity.js';
import { SupportErrorReason } from './support.errors.js';
import { type AttendanceCondition, AttendanceUnit, Entitlement, MONTH_PATTERN, type SupportProgramme } from './support.types.js';

type Db = DataSource | EntityManager;

// "Justified" has one definition (@massar/rules' absenceKindOf): the statuses that justify, in SQL.
// A pending one counts as unjustified until the school accepts it; lateness is not an absence.
const STATUSES: JustificationStatus[] = ['PENDING', 'ACCEPTED', 'REFUSED'];
const JUSTIFYING = STATUSES.filter((s) => absenceKindOf(s) === 'JUSTIFIED').map((s) => `'${s}'`).join(', ');
const UNJUSTIFIED_ABSENCE = `NOT r.late AND (j.status IS NULL OR j.status <> ALL (ARRAY[${JUSTIFYING}]::text[]))`;

/** Whether the month's counts meet the condition, in SQL (days and minutes expressions). */
const metSql = (days: string, minutes: string) =>
  `CASE p.attendance_unit WHEN 'DAYS' THEN ${days} <= p.attendance_max ELSE ${minutes} <= p.attendance_max * 60 END`;

interface EntitlementRecord { beneficiary_id: string; month: string; days: number; minutes: number; pending: number; amount: string | null; met: boolean }

function toEntitlement(r: EntitlementRecord, condition: AttendanceCondition): Entitlement {
  const hours = Math.round((Number(r.minutes) / 60) * 10) / 10;
  const [count, unit] = condition.unit === AttendanceUnit.DAYS ? [Number(r.days), 'days'] : [hours, 'h'];
  const explanation = `${count} ${unit} unjustified ${r.met ? '≤' : '>'} ${condition.max} ${unit}`;
  return Object.assign(new Entitlement(), {
    beneficiaryId: String(r.beneficiary_id), month: r.month, met: r.met, amount: r.met && r.amount !== null ? Number(r.amount) : null,
    unjustifiedDays: Number(r.days), unjustifiedHours: hours, pendingJustifications: Number(r.pending), condition, explanation,
  });
}

/** The first day of a month of the school year and of the next month, or BAD_USER_INPUT on month. */
export function monthRange(month: string, year: SchoolYear): { from: string; to: string } {
  const match = MONTH_PATTERN.exec(month);
  const invalid = () => badInput('month', SupportErrorReason.INVALID_MONTH, `A month of the school year ${year.name}, e.g. ${year.name.slice(0, 4)}-11`);
  if (!match) throw invalid();
  const [y, m] = [Number(match[1]), Number(match[2])];
  const from = `${match[1]}-${match[2]}-01`;
  const to = m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
  const startsOn = String(year.startsOn).slice(0, 7);
  const endsOn = String(year.endsOn).slice(0, 7);
  if (month < startsOn || month > endsOn) throw invalid();
  return { from, to };
}

export function requireConditional(programme: SupportProgramme): AttendanceCondition {
  if (!programme.condition) throw badInput('programmeCode', SupportErrorReason.NOT_CONDITIONAL, `${programme.code} has no attendance condition`);
  return programme.condition;
}

/**
 * A school's beneficiaries of a conditional programme with their entitlement for one month, in one
 * statement whatever the school's size: the month's unjustified absences of the listed pupils
 * (absence_record_student_idx), grouped per pupil, against the threshold. Only the absences this
 * school recorded: after a transfer the school a pupil left must not read what the destination
 * records (and a row is one school's, its entitlement that school's roll calls). `lostOnly`: those who lost it.
 */
export async function schoolEntitlements(
  db: Db, schoolId: number, programme: SupportProgramme, year: SchoolYear, month: string, page: { first?: number; after?: string; lostOnly?: boolean },
): Promise<Connection<Entitlement>> {
  const condition = requireConditional(programme);
  const { from, to } = monthRange(month, year);
  const limit = page.first ?? DEFAULT_PAGE;
  const cursor = decodeCursor(page.after, 1);
  const rows: (EntitlementRecord & { total: number })[] = await db.query(
    `WITH b AS (
       SELECT b.id, b.student_id, b.level_id FROM support_beneficiary b WHERE b.school_id = $1 AND b.school_year_id = $2 AND b.programme_id = $3
     ), a AS (
       SELECT r.student_id, count(DISTINCT r.held_on)::int AS days, sum(r.minutes)::int AS minutes, count(*) FILTER (WHERE j.status = 'PENDING')::int AS pending
       FROM absence_record r LEFT JOIN absence_justification j ON j.id = r.justification_id
       WHERE r.school_year_id = $2 AND r.school_id = $1 AND r.student_id IN (SELECT student_id FROM b) AND r.held_on >= $4::date AND r.held_on < $5::date AND ${UNJUSTIFIED_ABSENCE}
       GROUP BY r.student_id
     ), e AS (
       SELECT b.id, coalesce(a.days, 0) AS days, coalesce(a.minutes, 0) AS minutes, coalesce(a.pending, 0) AS pending, am.amount_mad AS amount,
              ${metSql('coalesce(a.days, 0)', 'coalesce(a.minutes, 0)')} AS met
       FROM b CROSS JOIN support_programme p
       LEFT JOIN a ON a.student_id = b.student_id
       LEFT JOIN support_programme_amount am ON am.programme_id = p.id AND am.level_id = b.level_id
       WHERE p.id = $3
     ), kept AS (SELECT * FROM e WHERE NOT ($6 AND e.met))
     SELECT t.total, pg.* FROM (SELECT count(*)::int AS total FROM kept) t
     LEFT JOIN LATERAL (
       SELECT kept.id::text AS beneficiary_id, $7 AS month, kept.days, kept.minutes, kept.pending, kept.amount, kept.met
       FROM kept WHERE $8::bigint IS NULL OR kept.id > $8::bigint ORDER BY kept.id LIMIT $9
     ) pg ON true`,
    [schoolId, year.id, programme.id, from, to, page.lostOnly ?? false, month, cursor?.[0] ?? null, limit + 1],
  );
  const total = rows[0]?.total ?? 0;
  const found = rows.filter((r) => r.beneficiary_id !== null);
  return toConnection(found.map((r) => toEntitlement(r, condition)), limit, total, (e) => [Number(e.beneficiaryId)], !!cursor);
}

/**
 * The entitlements of beneficiaries (by id) of conditional programmes, for every month of their
 * school year up to this one, in one statement for the whole batch: each row counts only the absences
 * recorded by the school that listed the pupil, as schoolEntitlements does.
 */
export async function entitlementsOfBeneficiaries(db: Db, ids: readonly string[]): Promise<Map<string, Entitlement[]>> {
  const rows: (EntitlementRecord & { unit: AttendanceUnit; max: number })[] = await db.query(
    `WITH b AS (
       SELECT b.id, b.student_id, b.school_year_id, b.school_id, b.level_id, b.programme_id FROM support_beneficiary b
       JOIN support_programme p ON p.id = b.programme_id WHERE b.id = ANY($1::bigint[]) AND p.attendance_unit IS NOT NULL
     ), m AS (
       SELECT b.id, gs::date AS starts_on FROM b JOIN school_year y ON y.id = b.school_year_id,
         generate_series(date_trunc('month', y.starts_on), least(date_trunc('month', y.ends_on), date_trunc('month', current_date)), interval '1 month') gs
     ), a AS (
       SELECT b.id, date_trunc('month', r.held_on)::date AS starts_on, count(DISTINCT r.held_on)::int AS days, sum(r.minutes)::int AS minutes,
              count(*) FILTER (WHERE j.status = 'PENDING')::int AS pending
       FROM b JOIN absence_record r ON r.student_id = b.student_id AND r.school_year_id = b.school_year_id AND r.school_id = b.school_id
       LEFT JOIN absence_justification j ON j.id = r.justification_id
       WHERE ${UNJUSTIFIED_ABSENCE}
       GROUP BY b.id, 2
     )
     SELECT b.id::text AS beneficiary_id, p.attendance_unit AS unit, p.attendance_max AS max, to_char(m.starts_on, 'YYYY-MM') AS month,
            coalesce(a.days, 0) AS days, coalesce(a.minutes, 0) AS minutes, coalesce(a.pending, 0) AS pending, am.amount_mad AS amount,
            ${metSql('coalesce(a.days, 0)', 'coalesce(a.minutes, 0)')} AS met
     FROM m JOIN b ON b.id = m.id JOIN support_programme p ON p.id = b.programme_id
     LEFT JOIN a ON a.id = m.id AND a.starts_on = m.starts_on
     LEFT JOIN support_programme_amount am ON am.programme_id = p.id AND am.level_id = b.level_id
     ORDER BY b.id, m.starts_on`,
    [[...ids]],
  );
  const out = new Map<string, Entitlement[]>(ids.map((id) => [String(id), []]));
  for (const r of rows) out.get(String(r.beneficiary_id))?.push(toEntitlement(r, { unit: r.unit, max: r.max }));
  return out;
}

/** The school year a month (2025-11) falls in, or BAD_USER_INPUT on month. */
export async function yearOfMonth(db: Db, month: string): Promise<SchoolYear> {
  const invalid = () => badInput('month', SupportErrorReason.INVALID_MONTH, 'A month of a school year, e.g. 2025-11');
  if (!MONTH_PATTERN.test(month)) throw invalid();
  const [row] = await db.query(
    `SELECT id, name, starts_on::text AS "startsOn", ends_on::text AS "endsOn" FROM school_year
     WHERE starts_on < ($1::date + interval '1 month') AND ends_on >= $1::date ORDER BY starts_on LIMIT 1`,
    [`${month}-01`],
  );
  if (!row) throw invalid();
  return row as SchoolYear;
}
