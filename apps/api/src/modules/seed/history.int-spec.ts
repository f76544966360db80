import pg from 'pg';
import { type DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../test/database.js';
import { rebuildAnalytics } from '../analytics/rollup-rebuild.js';
import { type SeedProgress, type SeedSummary, seedNational } from './seed-national.js';

const STUDENTS = 6000;
const SEED = 4;
const TODAY = '2026-12-02';
const YEAR = '2025-2026';
const PAST = '2024-2025';

async function connect(url: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  return client;
}

// This year's pupils with last year's enrolment (if any), class levels and decision.
const FLOWS = `
  WITH y AS (SELECT (SELECT id FROM school_year WHERE name = '${YEAR}') AS now, (SELECT id FROM school_year WHERE name = '${PAST}') AS past)
  SELECT e.student_id, s.gender, l.id AS level, l.code, l.cycle, sc.id AS school, sc.province_id, sc.milieu, sc.sector, p.region_id,
         pl.id AS past_level, pl.code AS past_code, pe.school_id AS past_school, ps.province_id AS past_province, d.decision
  FROM y JOIN enrolment e ON e.school_year_id = y.now JOIN student s ON s.id = e.student_id
  JOIN school_class c ON c.id = e.class_id JOIN level l ON l.id = c.level_id JOIN school sc ON sc.id = e.school_id JOIN province p ON p.id = sc.province_id
  LEFT JOIN enrolment pe ON pe.student_id = e.student_id AND pe.school_year_id = y.past
  LEFT JOIN school_class pc ON pc.id = pe.class_id LEFT JOIN level pl ON pl.id = pc.level_id LEFT JOIN school ps ON ps.id = pe.school_id
  LEFT JOIN year_decision d ON d.student_id = e.student_id AND d.school_year_id = y.past`;

describe('seedNational with history: the previous school year', () => {
  let client: pg.Client;
  let db: DataSource;
  let drop: () => Promise<void>;
  let summary: SeedSummary;
  const phases = new Set<string>();
  const rows = async <T = Record<string, unknown>>(sql: string, params: unknown[] = []) => (await client.query(sql, params)).rows as T[];
  const one = async (sql: string, params: unknown[] = []) => Number(Object.values((await rows(sql, params))[0])[0]);

  beforeAll(async () => {
    const test = await createTestDatabase();
    ({ db, drop } = test);
    client = await connect(test.url);
    summary = await seedNational(client, {
      students: STUDENTS, seed: SEED, today: TODAY, year: YEAR, history: true, onProgress: (p: SeedProgress) => phases.add(p.phase),
    });
  });

  afterAll(async () => {
    await client?.end();
    await drop?.();
  });

  it('creates the year before with its terms, the same classes in the same schools, and their teachers', async () => {
    expect([...phases]).toEqual(expect.arrayContaining(['load', 'history', 'constraints', 'done']));
    expect(summary.history).toMatchObject({ year: PAST });
    const terms = await rows(`SELECT t.code FROM term t JOIN school_year y ON y.id = t.school_year_id WHERE y.name = $1 ORDER BY code`, [PAST]);
    expect(terms.map((t) => t.code)).toEqual(['S1', 'S2']);
    const shape = `SELECT md5(string_agg(concat_ws('|', c.school_id, c.level_id, c.stream_id, c.name), ',' ORDER BY c.school_id, c.name))
                   FROM school_class c JOIN school_year y ON y.id = c.school_year_id WHERE y.name = $1`;
    expect((await rows(shape, [PAST]))[0]).toEqual((await rows(shape, [YEAR]))[0]);
    const teachers = `SELECT count(*) FROM teaching_assignment t JOIN school_class c ON c.id = t.class_id JOIN school_year y ON y.id = c.school_year_id WHERE y.name = $1`;
    expect(await one(teachers, [PAST])).toBe(await one(teachers, [YEAR]));
    expect(await one(teachers, [PAST])).toBeGreaterThan(0);
  });

  it('gives every pupil not at 1AP last year\'s enrolment, one level below (promoted) or at the same level (repeating)', async () => {
    const [f] = await rows<Record<string, number>>(
      `SELECT count(*) FILTER (WHERE code <> '1AP' AND past_level IS NULL)::int AS missing,
              count(*) FILTER (WHERE past_level IS NOT NULL AND past_level NOT IN (level, level - 1))::int AS wrong_level,
              count(*) FILTER (WHERE past_level = level AND decision IS DISTINCT FROM 'REPEAT')::int AS repeater_not_repeat,
              count(*) FILTER (WHERE past_level = level - 1 AND decision IS DISTINCT FROM 'PROMOTED')::int AS promoted_not_promoted,
              count(*) FILTER (WHERE past_level IS NULL AND decision IS NOT NULL)::int AS stray_decision,
              count(*) FILTER (WHERE past_level = level)::int AS repeaters,
              count(*) FILTER (WHERE code = '1AP' AND past_level IS NULL)::int AS new_entrants,
              count(*)::int AS pupils
       FROM (${FLOWS}) x`,
    );
    expect(f).toMatchObject({ missing: 0, wrong_level: 0, repeater_not_repeat: 0, promoted_not_promoted: 0, stray_decision: 0 });
    expect(f.repeaters / f.pupils).toBeGreaterThan(0.07);
    expect(f.repeaters / f.pupils).toBeLessThan(0.13);
    expect(f.repeaters).toBe(summary.history!.repeaters);
    expect(f.new_entrants).toBe(summary.history!.newEntrants);
  });

  it('keeps promoted pupils in their school when it teaches the level below, else in their province when one of its schools does', async () => {
    // A small data set has few schools: a province may have a collège and no primary school.
    const taughtIn = (where: string) => `EXISTS (SELECT 1 FROM school_class k JOIN school_year y ON y.id = k.school_year_id JOIN school o ON o.id = k.school_id
                                                 JOIN province op ON op.id = o.province_id WHERE y.name = '${PAST}' AND k.level_id = x.level - 1 AND ${where})`;
    const [p] = await rows<Record<string, number>>(
      `SELECT count(*) FILTER (WHERE taught AND past_school <> school)::int AS moved_needlessly,
              count(*) FILTER (WHERE NOT taught)::int AS entering,
              count(*) FILTER (WHERE NOT taught AND past_province <> province_id AND in_province)::int AS left_province_needlessly,
              count(*) FILTER (WHERE NOT taught AND past_region <> region_id AND in_region)::int AS left_region_needlessly,
              count(*) FILTER (WHERE code IN ('1AC', 'TC') AND past_code NOT IN ('6AP', '3AC'))::int AS wrong_cycle
       FROM (SELECT x.*, (SELECT region_id FROM province WHERE id = x.past_province) AS past_region,
                    ${taughtIn('o.id = x.school')} AS taught, ${taughtIn('o.province_id = x.province_id')} AS in_province,
                    ${taughtIn('op.region_id = x.region_id')} AS in_region
             FROM (${FLOWS}) x WHERE x.past_level = x.level - 1) z`,
    );
    expect(p).toMatchObject({ moved_needlessly: 0, left_province_needlessly: 0, left_region_needlessly: 0, wrong_cycle: 0 });
    expect(p.entering).toBeGreaterThan(STUDENTS * 0.05);
  });

  it('varies repetition by region and gender: more boys repeat, most of all in rural collèges', async () => {
    const byRegion = await rows<{ rate: number }>(
      `SELECT avg((past_level = level)::int)::float AS rate FROM (${FLOWS}) x GROUP BY region_id HAVING count(*) >= 150`,
    );
    const rates = byRegion.map((r) => r.rate);
    expect(Math.max(...rates) / Math.min(...rates)).toBeGreaterThan(1.3);
    const [g] = await rows<Record<string, number>>(
      `SELECT avg((past_level = level)::int) FILTER (WHERE gender = 'M')::float AS boys,
              avg((past_level = level)::int) FILTER (WHERE gender = 'F')::float AS girls,
              avg((past_level = level)::int) FILTER (WHERE gender = 'M' AND cycle = 'MIDDLE' AND milieu = 'RURAL')::float AS rural_middle_boys
       FROM (${FLOWS}) x`,
    );
    expect(g.boys).toBeGreaterThan(g.girls);
    expect(g.rural_middle_boys).toBeGreaterThan(g.boys);
  });

  it('has pupils who exist only last year: dropouts from every cycle, graduates of 2BAC who passed the bac', async () => {
    const [l] = await rows<Record<string, number>>(
      `SELECT count(*)::int AS past_pupils,
              count(*) FILTER (WHERE now.student_id IS NULL)::int AS leavers,
              count(*) FILTER (WHERE now.student_id IS NULL AND d.decision NOT IN ('DROPPED_OUT', 'GRADUATED'))::int AS leaver_wrong_decision,
              count(*) FILTER (WHERE now.student_id IS NOT NULL AND d.decision IN ('DROPPED_OUT', 'GRADUATED'))::int AS came_back,
              count(*) FILTER (WHERE d.decision = 'DROPPED_OUT')::int AS dropouts,
              count(*) FILTER (WHERE d.decision = 'GRADUATED' AND (l.code <> '2BAC' OR r.certificate->>'outcome' <> 'PASSED'))::int AS bad_graduate,
              count(*) FILTER (WHERE d.decision IS NULL)::int AS undecided,
              count(DISTINCT l.cycle) FILTER (WHERE d.decision = 'DROPPED_OUT')::int AS dropout_cycles,
              count(*) FILTER (WHERE NOT EXISTS (SELECT 1 FROM student_guardian sg WHERE sg.student_id = e.student_id))::int AS without_guardian
       FROM enrolment e JOIN school_year y ON y.id = e.school_year_id AND y.name = '${PAST}'
       JOIN school_class c ON c.id = e.class_id JOIN level l ON l.id = c.level_id
       LEFT JOIN year_decision d ON d.student_id = e.student_id AND d.school_year_id = e.school_year_id
       LEFT JOIN published_result r ON r.student_id = e.student_id AND r.school_year_id = e.school_year_id AND r.term = 'YEAR'
       LEFT JOIN enrolment now ON now.student_id = e.student_id AND now.school_year_id = (SELECT id FROM school_year WHERE name = '${YEAR}')`,
    );
    expect(l).toMatchObject({ leaver_wrong_decision: 0, came_back: 0, bad_graduate: 0, undecided: 0, dropout_cycles: 3, without_guardian: 0 });
    expect(l.dropouts / l.past_pupils).toBeGreaterThan(0.015);
    expect(l.dropouts / l.past_pupils).toBeLessThan(0.06);
    expect(l.past_pupils).toBe(summary.history!.pupils);
    expect(await one('SELECT count(*) FROM student')).toBe(STUDENTS + l.leavers);
  });

  it('has no pupil twice ACTIVE in a year, nor in a class of another school or year', async () => {
    expect(await one(`SELECT count(*) FROM (SELECT 1 FROM enrolment WHERE status = 'ACTIVE' GROUP BY student_id, school_year_id HAVING count(*) > 1) x`)).toBe(0);
    expect(await one(`SELECT count(*) FROM enrolment e JOIN school_class c ON c.id = e.class_id WHERE c.school_id <> e.school_id OR c.school_year_id <> e.school_year_id`)).toBe(0);
    expect(await one(`SELECT count(*) FROM pg_indexes WHERE indexname = 'enrolment_one_active_idx'`)).toBe(1);
  });

  it('publishes S1, S2 and YEAR results for every pupil of last year, ranked within the class, with the class average', async () => {
    const [r] = await rows<Record<string, number>>(
      `SELECT count(*)::int AS n, count(DISTINCT (r.student_id, r.term))::int AS distinct_rows,
              count(*) FILTER (WHERE general_average NOT BETWEEN 0 AND 20 OR general_average IS NULL)::int AS out_of_range,
              count(*) FILTER (WHERE subjects <> '[]'::jsonb OR derivation <> '[]'::jsonb)::int AS not_empty,
              count(*) FILTER (WHERE r.class_id <> e.class_id OR r.school_id <> e.school_id)::int AS foreign_class
       FROM published_result r JOIN enrolment e ON e.student_id = r.student_id AND e.school_year_id = r.school_year_id`,
    );
    expect(r).toMatchObject({ out_of_range: 0, not_empty: 0, foreign_class: 0 });
    expect(r.n).toBe(3 * summary.history!.pupils);
    expect(r.distinct_rows).toBe(r.n);
    // Ranks: the best is 1, equal averages share a rank; the class average is the mean of the class's.
    const [k] = await rows<Record<string, number>>(
      `SELECT count(*) FILTER (WHERE rank <> expected)::int AS wrong_rank, count(*) FILTER (WHERE abs(class_average - mean) > 0.006)::int AS wrong_mean
       FROM (SELECT rank, class_average, rank() OVER w AS expected, avg(general_average) OVER (PARTITION BY class_id, term) AS mean
             FROM published_result WINDOW w AS (PARTITION BY class_id, term ORDER BY general_average DESC)) x`,
    );
    expect(k).toEqual({ wrong_rank: 0, wrong_mean: 0 });
    // S1 and S2 average to the year's (to the rounding, or the 0–20 bounds).
    expect(await one(
      `SELECT count(*) FROM published_result y JOIN published_result a ON a.student_id = y.student_id AND a.term = 'S1'
       JOIN published_result b ON b.student_id = y.student_id AND b.term = 'S2'
       WHERE y.term = 'YEAR' AND abs((a.general_average + b.general_average) / 2 - y.general_average) > 0.01 AND a.general_average NOT IN (0, 20)`,
    )).toBeLessThan(summary.history!.pupils * 0.01);
    // A plausible spread: a mean near 11, most at or above 10, some below.
    const [d] = await rows<Record<string, number>>(`SELECT avg(general_average)::float AS mean, avg((general_average >= 10)::int)::float AS pass FROM published_result WHERE term = 'YEAR'`);
    expect(d.mean).toBeGreaterThan(10);
    expect(d.mean).toBeLessThan(12.5);
    expect(d.pass).toBeGreaterThan(0.55);
    expect(d.pass).toBeLessThan(0.9);
  });

  it('gives certificates at 6AP (CEP), 3AC (CEC) and 2BAC (BAC) only, their outcome by the pass mark and matching the decision', async () => {
    const certs = await rows<Record<string, number | string>>(
      `SELECT l.code, r.certificate->>'name' AS name, count(*)::int AS n,
              count(*) FILTER (WHERE (r.certificate->>'outcome' = 'PASSED') <> ((r.certificate->>'average')::numeric >= 10))::int AS inconsistent,
              count(*) FILTER (WHERE (r.certificate->>'outcome' = 'PASSED') <> (d.decision IN ('PROMOTED', 'GRADUATED')))::int AS against_decision,
              count(*) FILTER (WHERE r.certificate->'honours' <> 'null'::jsonb OR r.certificate->'derivation' <> '[]'::jsonb)::int AS odd,
              avg((r.certificate->>'outcome' = 'PASSED')::int)::float AS success
       FROM published_result r JOIN school_class c ON c.id = r.class_id JOIN level l ON l.id = c.level_id
       JOIN year_decision d ON d.student_id = r.student_id AND d.school_year_id = r.school_year_id
       WHERE r.certificate IS NOT NULL GROUP BY l.code, r.certificate->>'name' ORDER BY l.code`,
    );
    expect(certs.map((c) => [c.code, c.name])).toEqual([['2BAC', 'BAC'], ['3AC', 'CEC'], ['6AP', 'CEP']]);
    for (const c of certs) expect(c).toMatchObject({ inconsistent: 0, against_decision: 0, odd: 0 });
    expect(await one(`SELECT count(*) FROM published_result WHERE certificate IS NOT NULL AND term <> 'YEAR'`)).toBe(0);
    const bac = certs.find((c) => c.name === 'BAC')!;
    expect(bac.success).toBeGreaterThan(0.6);
    expect(bac.success).toBeLessThan(0.9);
    // Every pupil at a certificate level has one.
    expect(await one(
      `SELECT count(*) FROM published_result r JOIN school_class c ON c.id = r.class_id JOIN level l ON l.id = c.level_id
       WHERE r.term = 'YEAR' AND l.code IN ('6AP', '3AC', '2BAC') AND r.certificate IS NULL`,
    )).toBe(0);
  });

  it('marks last year\'s terms PUBLISHED in every class, and none of this year\'s', async () => {
    const [t] = await rows<Record<string, number>>(
      `SELECT count(*) FILTER (WHERE y.name = '${PAST}' AND ts.status = 'PUBLISHED' AND ts.published_at IS NOT NULL)::int AS published,
              count(*) FILTER (WHERE y.name = '${YEAR}')::int AS current,
              (SELECT count(*) FROM school_class k JOIN school_year z ON z.id = k.school_year_id WHERE z.name = '${PAST}')::int AS classes
       FROM term_status ts JOIN school_year y ON y.id = ts.school_year_id`,
    );
    expect(t.current).toBe(0);
    expect(t.published).toBe(2 * t.classes);
  });

  it('marks the exam levels: per class two subjects, each with two CC tests and the exam; CC about a point above the exam, a few schools far above', async () => {
    const [a] = await rows<Record<string, number>>(
      `SELECT count(*)::int AS n,
              count(*) FILTER (WHERE (l.code = '2BAC') <> (a.kind = 'NATIONAL_EXAM') AND a.kind <> 'CONTINUOUS')::int AS wrong_kind,
              count(*) FILTER (WHERE l.code NOT IN ('3AC', '1BAC', '2BAC'))::int AS wrong_level,
              count(*) FILTER (WHERE y.name <> '${PAST}')::int AS wrong_year
       FROM assessment a JOIN school_class c ON c.id = a.class_id JOIN level l ON l.id = c.level_id JOIN school_year y ON y.id = a.school_year_id`,
    );
    expect(a).toMatchObject({ wrong_kind: 0, wrong_level: 0, wrong_year: 0 });
    expect(a.n).toBe(summary.history!.assessments);
    const perClass = await rows<{ cc: number; exam: number; subjects: number }>(
      `SELECT count(*) FILTER (WHERE kind = 'CONTINUOUS')::int AS cc, count(*) FILTER (WHERE kind <> 'CONTINUOUS')::int AS exam, count(DISTINCT subject_id)::int AS subjects
       FROM assessment GROUP BY class_id`,
    );
    expect(perClass.length).toBeGreaterThan(0);
    for (const c of perClass) expect(c).toEqual({ cc: 4, exam: 2, subjects: 2 });
    // A grade per pupil of the class per assessment, of last year's class.
    const [g] = await rows<Record<string, number>>(
      `SELECT count(*)::int AS n, count(*) FILTER (WHERE e.class_id IS DISTINCT FROM a.class_id)::int AS foreign_pupil
       FROM grade g JOIN assessment a ON a.id = g.assessment_id LEFT JOIN enrolment e ON e.student_id = g.student_id AND e.school_year_id = g.school_year_id`,
    );
    expect(g.foreign_pupil).toBe(0);
    expect(g.n).toBe(summary.history!.grades);
    expect(await one(
      `SELECT count(*) FROM assessment a JOIN enrolment e ON e.class_id = a.class_id
       WHERE NOT EXISTS (SELECT 1 FROM grade g WHERE g.assessment_id = a.id AND g.student_id = e.student_id)`,
    )).toBe(0);
    // Per school: CC mean − exam mean. Usually about 1; the inflated schools 3–5.
    const gaps = await rows<{ gap: number }>(
      `SELECT avg(g.value) FILTER (WHERE a.kind = 'CONTINUOUS') - avg(g.value) FILTER (WHERE a.kind <> 'CONTINUOUS') AS gap
       FROM grade g JOIN assessment a ON a.id = g.assessment_id GROUP BY a.school_id`,
    );
    const values = gaps.map((x) => Number(x.gap)).sort((p, q) => p - q);
    const median = values[Math.floor(values.length / 2)];
    expect(median).toBeGreaterThan(0.5);
    expect(median).toBeLessThan(1.6);
    expect(summary.history!.inflatedSchools).toBeGreaterThan(0);
    expect(values.filter((v) => v > 2.5).length).toBeGreaterThan(0);
    expect(values.filter((v) => v > 2.5).length).toBeLessThanOrEqual(summary.history!.inflatedSchools);
  });

  it('audits the entry of every mark, at the time it was recorded, and leaves the audit trigger on', async () => {
    const [a] = await rows<Record<string, number>>(
      `SELECT (SELECT count(*) FROM grade)::int AS grades, count(*)::int AS entries,
              count(*) FILTER (WHERE g.value IS DISTINCT FROM a.new_value OR a.old_value IS NOT NULL OR a.changed_at <> g.recorded_at)::int AS wrong
       FROM grade_audit a JOIN grade g ON g.assessment_id = a.assessment_id AND g.student_id = a.student_id`,
    );
    expect(a.entries).toBe(a.grades);
    expect(a.wrong).toBe(0);
    expect(await one(`SELECT count(*) FROM pg_trigger WHERE tgname = 'grade_entered' AND tgenabled = 'D'`)).toBe(0);
  });

  it('moves the sequences past the ids it wrote', async () => {
    for (const [table, column] of [['assessment', 'id'], ['school_class', 'id'], ['enrolment', 'id'], ['student', 'id'], ['guardian', 'id'], ['teaching_assignment', 'id']]) {
      const [s] = await rows<{ next: string; max: string }>(
        `SELECT nextval(pg_get_serial_sequence('${table}', '${column}')) AS next, (SELECT max(${column}) FROM ${table}) AS max`,
      );
      expect(Number(s.next)).toBeGreaterThan(Number(s.max));
    }
  });

  it('gives the roll-ups last year\'s figures once rebuilt (the seed\'s COPY fires no trigger on the parents)', async () => {
    await rebuildAnalytics(db);
    const [cells] = await rows<Record<string, number>>(
      `SELECT (SELECT sum(repeaters) FROM analytics_pupil_cell a JOIN school_year y ON y.id = a.school_year_id WHERE y.name = '${YEAR}')::int AS repeaters,
              (SELECT sum(enrolled) FROM analytics_pupil_cell a JOIN school_year y ON y.id = a.school_year_id WHERE y.name = '${PAST}')::int AS past_enrolled,
              (SELECT sum(certificate_candidates) FROM analytics_result_cell a JOIN school_year y ON y.id = a.school_year_id WHERE y.name = '${PAST}')::int AS candidates`,
    );
    expect(cells.repeaters).toBe(summary.history!.repeaters);
    expect(cells.past_enrolled).toBe(summary.history!.pupils);
    expect(cells.candidates).toBe(await one(`SELECT count(*) FROM published_result WHERE certificate IS NOT NULL`));
  });

  it('gives the same history for the same seed', async () => {
    const other = await createTestDatabase();
    const second = await connect(other.url);
    try {
      await seedNational(second, { students: STUDENTS, seed: SEED, today: TODAY, year: YEAR, history: true });
      const digests = [
        `SELECT md5(string_agg(concat_ws('|', student_id, class_id, school_id), ',' ORDER BY id)) FROM enrolment`,
        `SELECT md5(string_agg(concat_ws('|', student_id, term, general_average, rank, certificate), ',' ORDER BY student_id, term)) FROM published_result`,
        `SELECT md5(string_agg(concat_ws('|', student_id, decision, proposed_decision), ',' ORDER BY student_id)) FROM year_decision`,
        `SELECT md5(string_agg(concat_ws('|', assessment_id, student_id, value), ',' ORDER BY assessment_id, student_id)) FROM grade`,
      ];
      for (const digest of digests) expect((await second.query(digest)).rows[0]).toEqual((await client.query(digest)).rows[0]);
    } finally {
      await second.end();
      await other.drop().catch(() => {});
    }
  });
});
