import { type DataSource, type EntityManager } from 'typeorm';
import { badInput } from '../../core/errors.js';
import { SupportErrorReason } from './support.errors.js';
import { type AttendanceUnit, SupportProgramme } from './support.types.js';

type Db = DataSource | EntityManager;

interface ProgrammeRecord {
  id: number; code: string; name_fr: string; name_ar: string; name_en: string; kind: SupportProgramme['kind'];
  amount_period: SupportProgramme['amountPeriod']; attendance_unit: AttendanceUnit | null; attendance_max: number | null;
  milieux: string[] | null; cycles: string[] | null; level_codes: string[] | null; school_list: boolean; family_situations: string[] | null;
  source: string; is_default: boolean;
  amounts: { levelCode: string; amount: string; source: string; isDefault: boolean }[];
}

const PROGRAMME_SELECT = `
  SELECT p.*, coalesce((SELECT json_agg(json_build_object('levelCode', l.code, 'amount', a.amount_mad, 'source', a.source, 'isDefault', a.is_default) ORDER BY l.id)
                          FROM support_programme_amount a JOIN level l ON l.id = a.level_id WHERE a.programme_id = p.id), '[]') AS amounts
  FROM support_programme p`;

function toProgramme(r: ProgrammeRecord): SupportProgramme {
  return Object.assign(new SupportProgramme(), {
    id: r.id, code: r.code, nameFr: r.name_fr, nameAr: r.name_ar, nameEn: r.name_en, kind: r.kind, amountPeriod: r.amount_period,
    condition: r.attendance_unit ? { unit: r.attendance_unit, max: r.attendance_max! } : null,
    eligibility: { milieux: r.milieux, cycles: r.cycles, levelCodes: r.level_codes, schoolList: r.school_list, familySituations: r.family_situations },
    amounts: r.amounts.map((a) => ({ ...a, amount: Number(a.amount) })),
    source: r.source, isDefault: r.is_default,
  });
}

/** Every programme, in the order they were defined. */
export async function listProgrammes(db: Db): Promise<SupportProgramme[]> {
  const rows: ProgrammeRecord[] = await db.query(`${PROGRAMME_SELECT} ORDER BY p.id`);
  return rows.map(toProgramme);
}

export async function programmesById(db: Db, ids: readonly number[]): Promise<SupportProgramme[]> {
  const rows: ProgrammeRecord[] = await db.query(`${PROGRAMME_SELECT} WHERE p.id = ANY($1::smallint[])`, [[...ids]]);
  return rows.map(toProgramme);
}

/** A programme by its code (case as typed does not matter), or BAD_USER_INPUT on programmeCode. */
export async function programmeByCode(db: Db, code: string): Promise<SupportProgramme> {
  const [row]: ProgrammeRecord[] = await db.query(`${PROGRAMME_SELECT} WHERE p.code = $1`, [code.trim().toUpperCase()]);
  if (!row) throw badInput('programmeCode', SupportErrorReason.UNKNOWN_PROGRAMME, 'No support programme has this code');
  return toProgramme(row);
}

/**
 * The first eligibility rule a pupil fails, in SQL (null when eligible): programme `p`, school
 * `sc`, the pupil's level `l` that year, and the declared family situations (a text[] expression).
 */
export const failingRuleSql = (familySituations: string) => `
  CASE
    WHEN p.milieux IS NOT NULL AND NOT sc.milieu = ANY(p.milieux) THEN 'MILIEU'
    WHEN p.cycles IS NOT NULL AND NOT l.cycle = ANY(p.cycles) THEN 'CYCLE'
    WHEN p.level_codes IS NOT NULL AND NOT l.code = ANY(p.level_codes) THEN 'LEVEL'
    WHEN p.school_list AND NOT EXISTS (SELECT 1 FROM support_programme_school ps WHERE ps.programme_id = p.id AND ps.school_id = sc.id) THEN 'SCHOOL_LIST'
    WHEN p.family_situations IS NOT NULL AND NOT (coalesce(${familySituations}, '{}'::text[]) && p.family_situations) THEN 'FAMILY_SITUATION'
  END`;
