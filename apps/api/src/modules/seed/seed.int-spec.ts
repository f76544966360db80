import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../test/database.js';
import { CLASS_MAX, CLASS_MIN } from './national-shape.js';
import { classCount, planCountry } from './plan.js';
import { loadReference } from './reference.js';
import { createRng } from './rng.js';
import { schoolYearDates } from '../schooling/school-calendar.js';
import { absencePeriod } from './school-time.js';
import { type SeedProgress, SeedRefusedError, type SeedSummary, seedNational } from './seed-national.js';

const STUDENTS = 2000;
const SEED = 7;
/** The day the seed is run for: 2025-2026 is over, so roll calls cover November 2025. */
const TODAY = '2026-12-02';

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
    summary = await seedNational(client, { students: STUDENTS, seed: SEED, today: TODAY, onProgress: (p: SeedProgress) => phases.add(p.phase) });
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

  it('gives every class a week of lessons in S1 and the same in S2, Monday to Saturday morning, by its assigned teachers', async () => {
    const [w] = await rows(
      `SELECT count(DISTINCT c.id)::int AS classes,
              count(DISTINCT c.id) FILTER (WHERE NOT EXISTS (SELECT 1 FROM timetable_slot t WHERE t.class_id = c.id AND t.term = 'S1'))::int AS without_s1,
              (SELECT count(*) FROM timetable_slot WHERE term = 'S1')::int AS s1,
              (SELECT count(*) FROM timetable_slot WHERE term = 'S2')::int AS s2,
              (SELECT count(*) FROM timetable_slot WHERE weekday = 7 OR (weekday = 6 AND starts_at >= '13:00') OR ends_at <= starts_at)::int AS off_hours,
              (SELECT count(*) FROM timetable_slot t WHERE NOT EXISTS (SELECT 1 FROM teaching_assignment a
                 WHERE a.class_id = t.class_id AND a.subject_id = t.subject_id AND a.teacher_id = t.teacher_id))::int AS unassigned,
              (SELECT count(*) FROM timetable_slot t JOIN school_class k ON k.id = t.class_id WHERE k.school_id <> t.school_id)::int AS foreign_school
       FROM school_class c`,
    );
    expect(w).toMatchObject({ without_s1: 0, off_hours: 0, unassigned: 0, foreign_school: 0 });
    expect(w.s2).toBe(w.s1);
    // 22 to 32 lessons a week in every class (2BAC aside: the curriculum data knows only its
    // national-exam subjects), and nearly every planned hour placed.
    const [h] = await rows(
      `SELECT min(n)::int AS fewest, max(n)::int AS most FROM (SELECT count(*) AS n FROM timetable_slot t JOIN school_class c ON c.id = t.class_id
       JOIN level l ON l.id = c.level_id WHERE t.term = 'S1' AND l.code <> '2BAC' GROUP BY t.class_id) x`,
    );
    expect(Number(h.fewest)).toBeGreaterThanOrEqual(22);
    expect(Number(h.most)).toBeLessThanOrEqual(32);
    expect(summary.lessonsDropped / Number(w.s1)).toBeLessThan(0.02);
  });

  it('double-books no class, teacher or room, and keeps the exclusion constraints that guarantee it', async () => {
    const [clash] = await rows(
      `SELECT count(*) FILTER (WHERE a.class_id = b.class_id)::int AS class,
              count(*) FILTER (WHERE a.teacher_id = b.teacher_id)::int AS teacher,
              count(*) FILTER (WHERE a.school_id = b.school_id AND a.room = b.room)::int AS room
       FROM timetable_slot a JOIN timetable_slot b ON a.id < b.id AND a.school_year_id = b.school_year_id AND a.term = b.term
         AND a.weekday = b.weekday AND a.during && b.during
         AND (a.class_id = b.class_id OR a.teacher_id = b.teacher_id OR (a.school_id = b.school_id AND a.room = b.room))`,
    );
    expect(clash).toEqual({ class: 0, teacher: 0, room: 0 });
    const excl = await rows(`SELECT conname FROM pg_constraint WHERE conrelid = 'timetable_slot'::regclass AND contype = 'x' ORDER BY conname`);
    expect(excl.map((c) => c.conname)).toEqual(['timetable_slot_class_clash', 'timetable_slot_room_clash', 'timetable_slot_teacher_clash']);
  });

  it('takes the roll call of every slot on each school day of November 2025 (no Sunday, no 6 or 18 November)', async () => {
    expect(summary.absences).toEqual({ term: 'S1', from: '2025-11-01', to: '2025-11-29', days: 23 });
    const [r] = await rows(
      `SELECT count(*)::int AS n, count(DISTINCT held_on)::int AS days,
              count(*) FILTER (WHERE extract(isodow FROM r.held_on) <> t.weekday OR r.minutes <> extract(epoch FROM t.ends_at - t.starts_at) / 60
                                  OR r.class_id <> t.class_id OR r.subject_id <> t.subject_id OR r.term <> t.term)::int AS mismatched,
              count(*) FILTER (WHERE to_char(held_on, 'MM-DD') IN ('11-06', '11-18'))::int AS holidays
       FROM roll_call r JOIN timetable_slot t ON t.id = r.slot_id`,
    );
    expect(r).toMatchObject({ days: 23, mismatched: 0, holidays: 0 });
    // Each S1 slot once per date on its weekday.
    const [expected] = await rows(
      `SELECT sum((SELECT count(*) FROM generate_series('2025-11-01'::date, '2025-11-29', '1 day') d
                   WHERE extract(isodow FROM d) = t.weekday AND to_char(d, 'MM-DD') NOT IN ('11-06', '11-18')))::int AS n
       FROM timetable_slot t WHERE t.term = 'S1'`,
    );
    expect(r.n).toBe(expected.n);
  });

  it('records absences of pupils of the roll call\'s class: most pupils never absent, a few often, some late', async () => {
    const [a] = await rows(
      `SELECT count(*)::int AS n,
              count(*) FILTER (WHERE e.class_id IS DISTINCT FROM r.class_id OR a.held_on <> r.held_on OR a.school_id <> r.school_id)::int AS mismatched,
              count(*) FILTER (WHERE NOT a.late AND a.minutes <> r.minutes)::int AS wrong_minutes,
              count(*) FILTER (WHERE a.late AND a.minutes NOT BETWEEN 5 AND 30)::int AS wrong_late,
              count(*) FILTER (WHERE a.late)::int AS lates
       FROM absence_record a JOIN roll_call r ON r.id = a.roll_call_id
       LEFT JOIN enrolment e ON e.student_id = a.student_id AND e.school_year_id = a.school_year_id`,
    );
    expect(a).toMatchObject({ mismatched: 0, wrong_minutes: 0, wrong_late: 0 });
    expect(a.lates).toBeGreaterThan(STUDENTS * 0.05);
    const [d] = await rows<{ never: number; often: number }>(
      `SELECT count(*) FILTER (WHERE days = 0)::int AS never, count(*) FILTER (WHERE days >= 5)::int AS often
       FROM (SELECT s.id, count(DISTINCT a.held_on) FILTER (WHERE NOT a.late) AS days FROM student s LEFT JOIN absence_record a ON a.student_id = s.id GROUP BY s.id) x`,
    );
    expect(d.never / STUDENTS).toBeGreaterThan(0.6);
    expect(d.often / STUDENTS).toBeGreaterThan(0.02);
    expect(d.often / STUDENTS).toBeLessThan(0.1);
  });

  it('lists Tayssir beneficiaries in rural public primary schools and collèges only, at the pupil\'s school and level', async () => {
    const [b] = await rows(
      `SELECT count(*)::int AS n,
              count(*) FILTER (WHERE sc.milieu <> 'RURAL' OR sc.sector <> 'PUBLIC' OR l.cycle NOT IN ('PRIMARY', 'MIDDLE'))::int AS ineligible,
              count(*) FILTER (WHERE e.school_id <> b.school_id OR c.level_id <> b.level_id)::int AS mismatched,
              count(*) FILTER (WHERE l.cycle = 'PRIMARY')::int AS primary
       FROM support_beneficiary b JOIN support_programme p ON p.id = b.programme_id AND p.code = 'TAYSSIR'
       JOIN school sc ON sc.id = b.school_id JOIN level l ON l.id = b.level_id
       JOIN enrolment e ON e.student_id = b.student_id AND e.school_year_id = b.school_year_id JOIN school_class c ON c.id = e.class_id`,
    );
    expect(b).toMatchObject({ ineligible: 0, mismatched: 0 });
    expect(b.primary).toBeGreaterThan(0);
    const [eligible] = await rows(
      `SELECT count(*)::int AS n FROM enrolment e JOIN school sc ON sc.id = e.school_id JOIN school_class c ON c.id = e.class_id JOIN level l ON l.id = c.level_id
       WHERE sc.milieu = 'RURAL' AND sc.sector = 'PUBLIC' AND l.cycle IN ('PRIMARY', 'MIDDLE')`,
    );
    expect(Number(b.n) / Number(eligible.n)).toBeGreaterThan(0.5);
    expect(Number(b.n) / Number(eligible.n)).toBeLessThan(0.9);
    // Every generated beneficiary meets its programme's rules; none in a private school.
    const [rules] = await rows(
      `SELECT count(*) FILTER (WHERE NOT ((p.milieux IS NULL OR sc.milieu = ANY (p.milieux)) AND (p.cycles IS NULL OR l.cycle = ANY (p.cycles))
                                          AND (p.level_codes IS NULL OR l.code = ANY (p.level_codes))))::int AS broken,
              count(*) FILTER (WHERE sc.sector = 'PRIVATE')::int AS private, count(DISTINCT p.code)::int AS programmes
       FROM support_beneficiary b JOIN support_programme p ON p.id = b.programme_id JOIN school sc ON sc.id = b.school_id JOIN level l ON l.id = b.level_id`,
    );
    expect(rules).toMatchObject({ broken: 0, private: 0 });
    expect(rules.programmes).toBeGreaterThanOrEqual(3);
  });

  it('leaves some Tayssir beneficiaries past the threshold of unjustified absence days in November, most within it', async () => {
    const [t] = await rows<{ lost: number; kept: number }>(
      `SELECT count(*) FILTER (WHERE days > p.attendance_max)::int AS lost, count(*) FILTER (WHERE days <= p.attendance_max)::int AS kept
       FROM support_beneficiary b JOIN support_programme p ON p.id = b.programme_id AND p.code = 'TAYSSIR'
       CROSS JOIN LATERAL (SELECT count(DISTINCT a.held_on) AS days FROM absence_record a
                           WHERE a.student_id = b.student_id AND NOT a.late AND a.justification_id IS NULL) x`,
    );
    expect(t.lost).toBeGreaterThan(0);
    expect(t.kept).toBeGreaterThan(t.lost * 5);
  });

  it('picks the roll-call days of the year before today: November once over, else the last month over, else none', () => {
    const year = schoolYearDates('2025-2026');
    expect(absencePeriod(year, '2026-12-02')?.dates).toHaveLength(23);
    const october = absencePeriod(year, '2025-11-15')!;
    expect([october.dates[0], october.dates.at(-1), october.term]).toEqual(['2025-10-01', '2025-10-31', 'S1']);
    const september = absencePeriod(year, '2025-10-02')!;
    expect([september.dates[0], september.dates.at(-1)]).toEqual(['2025-09-08', '2025-09-30']);
    expect(absencePeriod(year, '2025-09-10')?.dates).toEqual(['2025-09-08', '2025-09-09']);
    expect(absencePeriod(year, '2025-09-08')).toBeNull();
    // March: S2 only.
    expect(absencePeriod(year, '2026-04-10')).toBeTruthy();
    expect(absencePeriod(schoolYearDates('2027-2028'), '2026-12-02')).toBeNull();
  });

  it('refuses, with nothing written, a database that already has pupils', async () => {
    await expect(seedNational(client, { students: 10 })).rejects.toThrow(SeedRefusedError);
    expect(Number(await one('SELECT count(*) FROM student'))).toBe(STUDENTS);
  });

  it('gives the same data for the same seed', async () => {
    const other = await createTestDatabase();
    const second = await connect(other.url);
    try {
      await seedNational(second, { students: STUDENTS, seed: SEED, today: TODAY });
      const digests = [
        `SELECT md5(string_agg(concat_ws('|', s.code_massar, s.first_name, s.last_name_ar, s.birth_date, e.class_id), ',' ORDER BY s.id))
         FROM student s JOIN enrolment e ON e.student_id = s.id`,
        `SELECT md5(string_agg(concat_ws('|', class_id, term, weekday, starts_at, subject_id, teacher_id, room), ',' ORDER BY id)) FROM timetable_slot`,
        `SELECT md5(string_agg(concat_ws('|', roll_call_id, student_id, held_on, late, minutes), ',' ORDER BY id)) FROM absence_record`,
        `SELECT md5(string_agg(concat_ws('|', programme_id, student_id, school_id), ',' ORDER BY id)) FROM support_beneficiary`,
      ];
      for (const digest of digests) expect((await second.query(digest)).rows[0]).toEqual((await client.query(digest)).rows[0]);
    } finally {
      await second.end();
      await other.drop().catch(() => {});
    }
  });
});
