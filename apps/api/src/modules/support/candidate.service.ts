import { type DataSource, type EntityManager } from 'typeorm';
import { type Connection, DEFAULT_PAGE, decodeCursor, toConnection } from '../../core/graphql/connection.js';
import { onRoster } from '../enrolment/roster.js';
import { type SchoolYear } from '../schooling/school-year.entity.js';
import { BENEFICIARY_SELECT, type BeneficiaryRecord, toBeneficiary } from './beneficiary.service.js';
import { failingRuleSql } from './support-programme.service.js';
import { type Beneficiary, type EligibilityRule, SupportCandidate, type SupportProgramme } from './support.types.js';

type Db = DataSource | EntityManager;

interface CandidateRecord { student_id: string; last_name: string; beneficiary_id: string | null; failing: EligibilityRule | null }

/**
 * The school's pupils of the year (on a class roster), by last name, each with whether they may
 * join the programme and the first rule that fails, and their beneficiary row if listed: the
 * back-office list. A pupil not yet listed has no declared family situation, so a programme that
 * requires one answers FAMILY_SITUATION until it is declared with addBeneficiaries.
 */
export async function schoolCandidates(
  db: Db, schoolId: number, programme: SupportProgramme, year: SchoolYear, page: { first?: number; after?: string },
): Promise<Connection<SupportCandidate>> {
  const limit = page.first ?? DEFAULT_PAGE;
  const cursor = decodeCursor(page.after, 2);
  const rows: (CandidateRecord & { total: number })[] = await db.query(
    `WITH c AS (
       SELECT s.id AS student_id, s.last_name, x.id AS beneficiary_id, ${failingRuleSql('x.family_situations')} AS failing
       FROM enrolment e
       JOIN student s ON s.id = e.student_id
       JOIN school_class k ON k.id = e.class_id
       JOIN level l ON l.id = k.level_id
       JOIN school sc ON sc.id = e.school_id
       CROSS JOIN support_programme p
       LEFT JOIN support_beneficiary x ON x.programme_id = p.id AND x.school_year_id = e.school_year_id AND x.student_id = s.id
       WHERE e.school_id = $1 AND e.school_year_id = $2 AND ${onRoster('e')} AND p.id = $3
     )
     SELECT t.total, pg.* FROM (SELECT count(*)::int AS total FROM c) t
     LEFT JOIN LATERAL (
       SELECT c.student_id::text AS student_id, c.last_name, c.beneficiary_id::text AS beneficiary_id, c.failing FROM c
       WHERE $4::text IS NULL OR (c.last_name, c.student_id) > ($4::text, $5::bigint)
       ORDER BY c.last_name, c.student_id LIMIT $6
     ) pg ON true`,
    [schoolId, year.id, programme.id, cursor?.[0] ?? null, cursor?.[1] ?? null, limit + 1],
  );
  const found = rows.filter((r) => r.student_id !== null);
  const candidates = found.map((r) => Object.assign(new SupportCandidate(), {
    studentId: String(r.student_id), beneficiaryId: r.beneficiary_id, eligible: r.failing === null, failingRule: r.failing, lastName: r.last_name,
  }));
  return toConnection(candidates, limit, rows[0]?.total ?? 0, (c) => [c.lastName, Number(c.studentId)], !!cursor);
}

/** The school's beneficiaries of a programme for a year, in the order they were listed. */
export async function schoolBeneficiaries(
  db: Db, schoolId: number, programme: SupportProgramme, year: SchoolYear, page: { first?: number; after?: string },
): Promise<Connection<Beneficiary>> {
  const limit = page.first ?? DEFAULT_PAGE;
  const cursor = decodeCursor(page.after, 1);
  const rows: (BeneficiaryRecord & { total: number })[] = await db.query(
    `SELECT t.total, pg.* FROM (SELECT count(*)::int AS total FROM support_beneficiary b WHERE b.school_id = $1 AND b.school_year_id = $2 AND b.programme_id = $3) t
     LEFT JOIN LATERAL (
       SELECT ${BENEFICIARY_SELECT} FROM support_beneficiary b
       WHERE b.school_id = $1 AND b.school_year_id = $2 AND b.programme_id = $3 AND ($4::bigint IS NULL OR b.id > $4::bigint)
       ORDER BY b.id LIMIT $5
     ) pg ON true`,
    [schoolId, year.id, programme.id, cursor?.[0] ?? null, limit + 1],
  );
  const found = rows.filter((r) => r.id !== null).map(toBeneficiary);
  return toConnection(found, limit, rows[0]?.total ?? 0, (b) => [Number(b.id)], !!cursor);
}
