import { type DataSource } from 'typeorm';
import { factories } from '../../test/factories.js';
import { addPupils } from './analytics-world.js';

// A one-year world for the suppression and scope tests, with its small cells placed on purpose.
// Region 06: province 06.141 has P1 (25 girls, 5 boys: a GENDER breakdown with one small row),
// P2 (1AC 50 and 2AC 6: a LEVEL breakdown with one small row), P3 (6 pupils: a SCHOOL breakdown
// with one small row) and P4 (27, the next smallest school); province 06.371 has P5 (40).
// Region 04: province 04.421 has P6 (60), P7 (6) and P8 (90). Every pupil has a YEAR result of
// 11, 13 or 15 (one in eight at 15, half at 13), so a school's distribution has one small bin
// when it has fewer than 80 pupils; every class has two roll calls, a third of its pupils absent.

export const YEAR = '2025-2026';

type Classes = Record<string, [girls: number, boys: number]>;
export const SCHOOLS: { name: string; province: string; classes: Classes }[] = [
  { name: 'P1', province: '06.141', classes: { '1AC': [25, 5] } },
  { name: 'P2', province: '06.141', classes: { '1AC': [26, 24], '2AC': [3, 3] } },
  { name: 'P3', province: '06.141', classes: { '1AC': [3, 3] } },
  { name: 'P4', province: '06.141', classes: { '1AC': [14, 13] } },
  { name: 'P5', province: '06.371', classes: { '1AC': [20, 20] } },
  { name: 'P6', province: '04.421', classes: { '1AC': [30, 30] } },
  { name: 'P7', province: '04.421', classes: { '1AC': [4, 2] } },
  { name: 'P8', province: '04.421', classes: { '1AC': [45, 45] } },
];

export interface SuppressionWorld {
  /** School code by name (P1…P8). */
  codes: Record<string, string>;
  regionIds: Record<string, number>;
  provinceIds: Record<string, number>;
}

export async function buildSuppressionWorld(db: DataSource): Promise<SuppressionWorld> {
  const f = factories(db);
  const yearId = await f.year(YEAR);
  const world: SuppressionWorld = { codes: {}, regionIds: {}, provinceIds: {} };
  for (const s of SCHOOLS) {
    const made = await f.school({ provinceCode: s.province, code: `SUPX${s.name}` });
    world.codes[s.name] = made.code;
    world.provinceIds[s.province] = made.provinceId;
    world.regionIds[s.province.slice(0, 2)] = made.regionId;
    for (const [level, [girls, boys]] of Object.entries(s.classes)) {
      await addPupils(db, await f.schoolClass(made.id, { level, year: YEAR, name: `${level}-1` }), girls, boys, '2025-09-08');
    }
  }
  await db.query(
    `INSERT INTO published_result (school_id, school_year_id, class_id, student_id, term, general_average, subjects, derivation)
     SELECT school_id, school_year_id, class_id, student_id, 'YEAR', CASE WHEN rn % 8 = 0 THEN 15 WHEN rn % 2 = 0 THEN 13 ELSE 11 END, '[]', '{}'
     FROM (SELECT e.*, row_number() OVER (PARTITION BY e.school_id ORDER BY e.student_id) AS rn FROM enrolment e WHERE e.school_year_id = $1) x`,
    [yearId]);
  await db.query(
    `INSERT INTO roll_call (school_id, school_year_id, term, class_id, subject_id, held_on, minutes)
     SELECT c.school_id, c.school_year_id, 'S1', c.id, (SELECT id FROM subject WHERE code = 'MATH'), d::date, 60
     FROM school_class c CROSS JOIN unnest(ARRAY['2025-10-06', '2025-10-13']) d WHERE c.school_year_id = $1`,
    [yearId]);
  await db.query(
    `INSERT INTO absence_record (school_id, school_year_id, term, roll_call_id, student_id, held_on, late, minutes)
     SELECT rc.school_id, rc.school_year_id, rc.term, rc.id, e.student_id, rc.held_on, false, rc.minutes
     FROM roll_call rc JOIN enrolment e ON e.class_id = rc.class_id WHERE rc.school_year_id = $1 AND e.student_id % 3 = 0`,
    [yearId]);
  return world;
}
