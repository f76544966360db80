import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../test/database.js';
import { CLASS_MAX, CLASS_MIN } from './national-shape.js';
import { classCount, planCountry } from './plan.js';
import { loadReference } from './reference.js';
import { createRng } from './rng.js';
import { type SeedProgress, SeedRefusedError, type SeedSummary, seedNational } from './seed-national.js';

const STUDENTS = 2000;
const SEED = 7;

async function connect(url: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  return client;
}

describe('seedNational', () => {
  let client: pg.Client;
  let drop: () => Promise<void>;
  let summary: SeedSummary;
  const phases = new Set<string>();
  const rows = async <T = Record<string, string>>(sql: string, params: unknown[] = []) => (await client.query(sql, params)).rows as T[];
  const one = async (sql: string, params: unknown[] = []) => Object.values((await rows(sql, params))[0])[0];

  beforeAll(async () => {
    const test = await createTestDatabase();
    drop = test.drop;
    client = await connect(test.url);
    summary = await seedNational(client, { students: STUDENTS, seed: SEED, onProgress: (p: SeedProgress) => phases.add(p.phase) });
  });

  afterAll(async () => {
    await client?.end();
    await drop?.();
  });

  it('creates the school year 2025-2026 with its terms S1 and S2 (September to June)', async () => {
    const terms = await rows("SELECT t.code, t.starts_on::text AS f, t.ends_on::text AS t FROM term t JOIN school_year y ON y.id = t.school_year_id WHERE y.name = '2025-2026' ORDER BY t.code");
    expect(terms).toEqual([{ code: 'S1', f: '2025-09-08', t: '2026-01-24' }, { code: 'S2', f: '2026-02-02', t: '2026-06-30' }]);
    expect([...phases]).toEqual(expect.arrayContaining(['load', 'constraints', 'done']));
    expect(summary.tables.student.rows).toBe(STUDENTS);
  });

  it('enrols every pupil exactly once in the year, in a class of the same school and year', async () => {
    expect(Number(await one('SELECT count(*) FROM student'))).toBe(STUDENTS);
    const [e] = await rows(
      `SELECT count(*)::int AS n, count(DISTINCT e.student_id)::int AS pupils,
              count(*) FILTER (WHERE c.school_id <> e.school_id OR c.school_year_id <> e.school_year_id)::int AS mismatched
       FROM enrolment e JOIN school_class c ON c.id = e.class_id JOIN school_year y ON y.id = e.school_year_id
       WHERE y.name = '2025-2026'`,
    );
    expect(e).toEqual({ n: STUDENTS, pupils: STUDENTS, mismatched: 0 });
  });

  it('gives unique, well-formed codes Massar lettered by region, and moves the sequence past them', async () => {
    const [c] = await rows(
      `SELECT count(DISTINCT s.code_massar)::int AS distinct_codes,
              count(*) FILTER (WHERE s.code_massar !~ '^[A-Z][0-9]{9}$')::int AS malformed,
              count(*) FILTER (WHERE left(s.code_massar, 1) <> chr(64 + p.region_id))::int AS wrong_letter,
              max(substr(s.code_massar, 2)::bigint) AS last
       FROM student s JOIN enrolment e ON e.student_id = s.id JOIN school sc ON sc.id = e.school_id JOIN province p ON p.id = sc.province_id`,
    );
    expect(c).toMatchObject({ distinct_codes: STUDENTS, malformed: 0, wrong_letter: 0 });
    const next = await client.query("SELECT nextval('student_code_seq') AS n");
    expect(Number(next.rows[0].n)).toBeGreaterThan(Number(c.last));
  });

  it('sizes classes 25–45, except a level with fewer than 50 pupils in its school', async () => {
    const classes = await rows<{ size: number; level_pupils: number; classes: number }>(
      `SELECT c.size, sum(c.size) OVER w AS level_pupils, count(*) OVER w AS classes
       FROM (SELECT c.id, c.school_id, c.level_id, count(e.*)::int AS size
             FROM school_class c LEFT JOIN enrolment e ON e.class_id = c.id GROUP BY c.id) c
       WINDOW w AS (PARTITION BY c.school_id, c.level_id)`,
    );
    const regular = classes.filter((c) => c.size >= CLASS_MIN && c.size <= CLASS_MAX);
    // Even this small data set is mostly made of real classes; the rest are in the smallest regions.
    expect(regular.reduce((n, c) => n + c.size, 0) / STUDENTS).toBeGreaterThan(0.8);
    for (const c of classes) {
      expect(c.size).toBeGreaterThan(0);
      expect(c.size).toBeLessThanOrEqual(CLASS_MAX);
      if (Number(c.level_pupils) >= 50) expect(c.size).toBeGreaterThanOrEqual(CLASS_MIN);
      // Below 50 pupils: one class, or two halves when one class would pass 45.
      else expect(Number(c.classes)).toBe(Number(c.level_pupils) > CLASS_MAX ? 2 : 1);
    }
  });

  it('plans classes of 25–45 for nearly every class at national scale', async () => {
    const plan = planCountry(await loadReference(client), 100_000, createRng(SEED));
    const sizes = plan.schools.flatMap((s) => s.classes.map((c) => c.size));
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(100_000);
    const regular = sizes.filter((n) => n >= CLASS_MIN && n <= CLASS_MAX).length;
    expect(regular / sizes.length).toBeGreaterThan(0.97);
    for (let n = 1; n < 400; n++) {
      const k = classCount(n);
      expect(Math.ceil(n / k)).toBeLessThanOrEqual(CLASS_MAX);
      if (n >= 50) expect(Math.floor(n / k)).toBeGreaterThanOrEqual(CLASS_MIN);
    }
  });

  it('spreads pupils over every region in proportion to its 2024 population', async () => {
    const regions = await rows<{ id: number; population: string; pupils: string }>(
      `SELECT r.id, r.population, count(e.*) AS pupils FROM region r
       LEFT JOIN province p ON p.region_id = r.id LEFT JOIN school sc ON sc.province_id = p.id
       LEFT JOIN enrolment e ON e.school_id = sc.id GROUP BY r.id`,
    );
    const total = regions.reduce((n, r) => n + Number(r.population), 0);
    expect(regions).toHaveLength(12);
    for (const r of regions) {
      const expected = (STUDENTS * Number(r.population)) / total;
      expect(Number(r.pupils)).toBeGreaterThan(0);
      expect(Math.abs(Number(r.pupils) - expected)).toBeLessThanOrEqual(Math.max(3, 0.1 * expected));
    }
  });

  it('gives every pupil a guardian; siblings share their father, mother and family name', async () => {
    expect(Number(await one('SELECT count(*) FROM student s WHERE NOT EXISTS (SELECT 1 FROM student_guardian sg WHERE sg.student_id = s.id)'))).toBe(0);
    const [f] = await rows(
      `SELECT count(*) FILTER (WHERE g.last_name <> s.last_name OR g.last_name_ar <> s.last_name_ar)::int AS father_name_differs,
              count(*) FILTER (WHERE g.phone !~ '^0[67][0-9]{8}$')::int AS bad_phone
       FROM student_guardian sg JOIN guardian g ON g.id = sg.guardian_id JOIN student s ON s.id = sg.student_id
       WHERE sg.relationship = 'FATHER'`,
    );
    expect(f).toEqual({ father_name_differs: 0, bad_phone: 0 });
    const [m] = await rows(
      `SELECT count(*)::int AS mothers_of_siblings, count(*) FILTER (WHERE names > 1)::int AS mixed_family_names
       FROM (SELECT sg.guardian_id, count(DISTINCT s.last_name) AS names FROM student_guardian sg JOIN student s ON s.id = sg.student_id
             WHERE sg.relationship = 'MOTHER' GROUP BY sg.guardian_id HAVING count(*) > 1) x`,
    );
    expect(m.mixed_family_names).toBe(0);
    expect(m.mothers_of_siblings).toBeGreaterThan(STUDENTS / 20);
    expect(Number(await one("SELECT count(DISTINCT relationship) FROM student_guardian WHERE relationship IN ('FATHER', 'MOTHER')"))).toBe(2);
  });

  it('writes names in both scripts and ages that fit the level (1AP: 6 in the year 2025)', async () => {
    expect(Number(await one("SELECT count(*) FROM student WHERE first_name_ar !~ '^[\\u0600-\\u06FF ]+$' OR first_name !~ '^[A-Za-zÀ-ÿ'' -]+$'"))).toBe(0);
    const ages = await rows<{ code: string; youngest: number; oldest: number }>(
      `SELECT l.code, min(2025 - extract(year FROM s.birth_date))::int AS youngest, max(2025 - extract(year FROM s.birth_date))::int AS oldest
       FROM enrolment e JOIN student s ON s.id = e.student_id JOIN school_class c ON c.id = e.class_id JOIN level l ON l.id = c.level_id
       GROUP BY l.id, l.code ORDER BY l.id`,
    );
    expect(ages).toHaveLength(12);
    ages.forEach((a, i) => {
      expect(a.youngest).toBe(6 + i);
      expect(a.oldest).toBeLessThanOrEqual(8 + i);
    });
  });

  it('gives every school one director and every class teachers of its own school for its subjects', async () => {
    expect(Number(await one("SELECT count(*) FROM school sc WHERE (SELECT count(*) FROM staff_member m WHERE m.school_id = sc.id AND m.position = 'DIRECTOR') <> 1"))).toBe(0);
    expect(Number(await one('SELECT count(*) FROM school_class c WHERE NOT EXISTS (SELECT 1 FROM teaching_assignment t WHERE t.class_id = c.id)'))).toBe(0);
    const [a] = await rows(
      `SELECT count(*) FILTER (WHERE m.school_id <> c.school_id OR t.school_id <> c.school_id OR m.position <> 'TEACHER')::int AS foreign_teacher,
              count(*) FILTER (WHERE NOT EXISTS (SELECT 1 FROM subject_coefficient k WHERE k.level_id = c.level_id
                AND k.subject_id = t.subject_id AND (k.stream_id IS NULL OR k.stream_id = c.stream_id)))::int AS foreign_subject
       FROM teaching_assignment t JOIN school_class c ON c.id = t.class_id JOIN staff_member m ON m.id = t.teacher_id`,
    );
    expect(a).toEqual({ foreign_teacher: 0, foreign_subject: 0 });
    expect(Number(await one("SELECT count(*) FROM school_class WHERE level_id >= 10 AND stream_id IS NULL"))).toBe(0);
    expect(Number(await one('SELECT count(*) FROM account'))).toBe(0);
  });

  it('refuses, with nothing written, a database that already has pupils', async () => {
    await expect(seedNational(client, { students: 10 })).rejects.toThrow(SeedRefusedError);
    expect(Number(await one('SELECT count(*) FROM student'))).toBe(STUDENTS);
  });

  it('gives the same data for the same seed', async () => {
    const other = await createTestDatabase();
    const second = await connect(other.url);
    try {
      await seedNational(second, { students: STUDENTS, seed: SEED });
      const digest = `SELECT md5(string_agg(concat_ws('|', s.code_massar, s.first_name, s.last_name_ar, s.birth_date, e.class_id), ',' ORDER BY s.id))
                      FROM student s JOIN enrolment e ON e.student_id = s.id`;
      expect((await second.query(digest)).rows[0]).toEqual((await client.query(digest)).rows[0]);
    } finally {
      await second.end();
      await other.drop().catch(() => {});
    }
  });
});
