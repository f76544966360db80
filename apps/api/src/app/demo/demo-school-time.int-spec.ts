import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApi, type TestApi } from '../../test/graphql.js';
import { DEMO_SCHOOL_CODE, schoolYearOf, seedDemo } from './demo-seed.js';
import { rollCallDay } from './demo-school-time.js';

// The demo's school time and support data, as the journeys rely on it (demo-school-time.ts).
describe('demo school time and support', () => {
  let api: TestApi;
  let yearId: number;
  const one = async (sql: string, params: unknown[] = []) => (await api.db.query(sql, params))[0];

  beforeAll(async () => {
    api = await createTestApi();
    await seedDemo(api.db, pino({ level: 'silent' }));
    yearId = (await one('SELECT id FROM school_year WHERE name = $1', [schoolYearOf(new Date())])).id;
  });
  afterAll(() => api.stop());

  it('gives every demo class a week in S1 and the same in S2, with rooms, by teachers assigned to the class', async () => {
    const rows = await api.db.query(
      `SELECT c.name, t.term, count(*)::int AS n, count(*) FILTER (WHERE t.teacher_id IS NULL)::int AS untaught,
              count(*) FILTER (WHERE t.teacher_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM teaching_assignment a
                WHERE a.class_id = t.class_id AND a.subject_id = t.subject_id AND a.teacher_id = t.teacher_id))::int AS unassigned,
              count(*) FILTER (WHERE t.room IS NULL)::int AS no_room
       FROM timetable_slot t JOIN school_class c ON c.id = t.class_id JOIN school s ON s.id = t.school_id
       WHERE s.code = $1 GROUP BY c.name, t.term ORDER BY c.name, t.term`,
      [DEMO_SCHOOL_CODE],
    );
    expect(rows.map((r: { name: string; term: string }) => `${r.name} ${r.term}`)).toEqual([
      '1AC-1 S1', '1AC-1 S2', '1AC-2 S1', '1AC-2 S2', '2AC-1 S1', '2AC-1 S2', '3AC-1 S1', '3AC-1 S2',
    ]);
    for (const r of rows) {
      expect(r.n).toBeGreaterThanOrEqual(24);
      expect(r.unassigned).toBe(0);
      expect(r.no_room).toBeLessThan(r.n / 5);
    }
    // English in 1AC-2 waits for a teacher (the start-of-year journey assigns one).
    expect(rows.find((r: { name: string }) => r.name === '1AC-2').untaught).toBeGreaterThan(0);
  });

  it('gives the demo teacher a lesson in 1AC-1 every day from Monday to Saturday, in both terms', async () => {
    const days = await api.db.query(
      `SELECT t.term, array_agg(DISTINCT t.weekday ORDER BY t.weekday) AS days
       FROM timetable_slot t JOIN school_class c ON c.id = t.class_id JOIN staff_member m ON m.id = t.teacher_id
       WHERE m.email = 'enseignant@demo.massar.ma' AND c.name = '1AC-1' GROUP BY t.term ORDER BY t.term`,
    );
    expect(days).toEqual([{ term: 'S1', days: [1, 2, 3, 4, 5, 6] }, { term: 'S2', days: [1, 2, 3, 4, 5, 6] }]);
  });

  it('has roll calls on the school days before the roll-call day, none on it, each by the slot\'s teacher or the office', async () => {
    const terms = await api.db.query('SELECT code, starts_on::text, ends_on::text FROM term WHERE school_year_id = $1 ORDER BY starts_on', [yearId]);
    const day = rollCallDay(new Date(), terms);
    const r = await one(
      `SELECT count(*)::int AS n, count(DISTINCT held_on)::int AS days, count(*) FILTER (WHERE held_on >= $2)::int AS on_or_after,
              count(*) FILTER (WHERE extract(isodow FROM held_on) = 7)::int AS sundays, count(*) FILTER (WHERE recorded_by IS NULL)::int AS anonymous
       FROM roll_call r JOIN school s ON s.id = r.school_id WHERE s.code = $1`,
      [DEMO_SCHOOL_CODE, day],
    );
    expect(r).toMatchObject({ on_or_after: 0, sundays: 0, anonymous: 0 });
    // Three weeks, fewer only at the very start of the year.
    if (day > terms[0].starts_on) expect(r.days).toBeGreaterThan(0);
  });

  it('gives the demo family an unjustified absence, an ACCEPTED justification with its certificate, a PENDING one and a late', async () => {
    const rows = await api.db.query(
      `SELECT c.name, a.late, j.status, (x.justification_id IS NOT NULL) AS attachment, count(*)::int AS records
       FROM account p JOIN student_guardian sg ON sg.guardian_id = p.guardian_id
       JOIN absence_record a ON a.student_id = sg.student_id
       JOIN enrolment e ON e.student_id = a.student_id AND e.school_year_id = a.school_year_id JOIN school_class c ON c.id = e.class_id
       LEFT JOIN absence_justification j ON j.id = a.justification_id LEFT JOIN absence_justification_attachment x ON x.justification_id = j.id
       WHERE p.email = 'parent@demo.massar.ma' GROUP BY c.name, a.late, j.status, x.justification_id ORDER BY c.name, a.late, j.status`,
    );
    const days = await api.db.query('SELECT count(DISTINCT held_on)::int AS n FROM roll_call WHERE school_year_id = $1', [yearId]);
    if (days[0].n < 12) return; // the first days of a year: too few past days for the family's story
    const first = rows.filter((r: { name: string }) => r.name === '1AC-1');
    const second = rows.filter((r: { name: string }) => r.name === '3AC-1');
    expect(first).toEqual(expect.arrayContaining([
      expect.objectContaining({ late: false, status: 'ACCEPTED', attachment: true }),
      expect.objectContaining({ late: false, status: null }),
      expect.objectContaining({ late: true, status: null, records: 1 }),
    ]));
    expect(second).toEqual(expect.arrayContaining([
      expect.objectContaining({ late: false, status: 'PENDING' }),
      expect.objectContaining({ late: false, status: null }),
    ]));
    // Other pupils: most never absent.
    const [pupils] = await api.db.query(
      `SELECT count(*)::int AS n, count(*) FILTER (WHERE EXISTS (SELECT 1 FROM absence_record a WHERE a.student_id = e.student_id))::int AS absent
       FROM enrolment e JOIN school s ON s.id = e.school_id WHERE s.code = $1`,
      [DEMO_SCHOOL_CODE],
    );
    expect(pupils.absent).toBeGreaterThan(0);
    expect(pupils.absent).toBeLessThan(pupils.n / 2);
  });

  it('lists school kits and remedial support beneficiaries in the demo school, the first child among the kits', async () => {
    const rows = await api.db.query(
      `SELECT p.code, count(*)::int AS n, bool_or(sg.guardian_id IS NOT NULL) AS family
       FROM support_beneficiary b JOIN support_programme p ON p.id = b.programme_id JOIN school s ON s.id = b.school_id
       LEFT JOIN (student_guardian sg JOIN account a ON a.guardian_id = sg.guardian_id AND a.email = 'parent@demo.massar.ma') ON sg.student_id = b.student_id
       WHERE s.code = $1 GROUP BY p.code ORDER BY p.code`,
      [DEMO_SCHOOL_CODE],
    );
    expect(rows.map((r: { code: string }) => r.code)).toEqual(['REMEDIAL', 'SCHOOL_KITS']);
    expect(rows.every((r: { family: boolean }) => r.family)).toBe(true);
    // Tayssir is rural: the national slice's rural schools carry it, with November's absences.
    const tayssir = await one(
      `SELECT count(*)::int AS n, count(*) FILTER (WHERE s.milieu <> 'RURAL')::int AS urban FROM support_beneficiary b
       JOIN support_programme p ON p.id = b.programme_id AND p.code = 'TAYSSIR' JOIN school s ON s.id = b.school_id`,
    );
    expect(tayssir.n).toBeGreaterThan(0);
    expect(tayssir.urban).toBe(0);
  });

  it('takes the roll-call day as today, or the last school day before it', () => {
    const terms = [{ starts_on: '2026-09-14', ends_on: '2027-01-23' }, { starts_on: '2027-02-01', ends_on: '2027-06-30' }];
    expect(rollCallDay(new Date('2026-12-02T10:00:00Z'), terms)).toBe('2026-12-02');
    // Sunday: Saturday; the mid-year break: S1's last Saturday; summer: the last day of S2.
    expect(rollCallDay(new Date('2026-12-06T10:00:00Z'), terms)).toBe('2026-12-05');
    expect(rollCallDay(new Date('2027-01-27T10:00:00Z'), terms)).toBe('2027-01-23');
    expect(rollCallDay(new Date('2027-07-20T10:00:00Z'), terms)).toBe('2027-06-30');
    expect(rollCallDay(new Date('2026-09-10T10:00:00Z'), terms)).toBe('2026-09-14');
  });
});
