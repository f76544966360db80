import { type DataSource } from 'typeorm';
import { factories } from '../../test/factories.js';

// A small, controlled school system over two school years for the analytics tests, and an
// independent computation of every indicator from the source tables (never the analytics_*
// tables), written from the analytics contract's definitions, not from rollup-cells.ts.

export const Y0 = '2024-2025';
export const Y1 = '2025-2026';

type Pair = [girls: number, boys: number];
interface SchoolSpec {
  code: string;
  province: string;
  milieu: 'URBAN' | 'RURAL';
  sector: 'PUBLIC' | 'PRIVATE';
  cycle: 'PRIMARY' | 'MIDDLE';
  /** Year 0's classes per level. */
  y0: Record<string, Pair[]>;
  /** Year 1's new pupils at a cycle's first level. */
  entrants: Record<string, Pair>;
}

/**
 * Region 06 (provinces 06.141 and 06.371) and region 04 (province 04.421). AN0003 has few boys
 * (a GENDER breakdown with a small row), AN0002's 6AP is small in year 1 (LEVEL), AN0005 has 6
 * pupils (SCHOOL); AN0006 is year 1 only.
 */
export const SCHOOLS: SchoolSpec[] = [
  { code: 'AN0001', province: '06.141', milieu: 'URBAN', sector: 'PUBLIC', cycle: 'MIDDLE',
    y0: { '1AC': [[22, 20], [15, 15]], '2AC': [[18, 17]], '3AC': [[14, 14]] }, entrants: { '1AC': [25, 22] } },
  { code: 'AN0002', province: '06.141', milieu: 'RURAL', sector: 'PUBLIC', cycle: 'PRIMARY',
    y0: { '1AP': [[14, 12]], '2AP': [[13, 11]], '5AP': [[4, 3]], '6AP': [[10, 9]] }, entrants: { '1AP': [12, 13] } },
  { code: 'AN0003', province: '06.371', milieu: 'URBAN', sector: 'PRIVATE', cycle: 'MIDDLE',
    y0: { '1AC': [[20, 3]], '2AC': [[18, 2]] }, entrants: { '1AC': [15, 2] } },
  { code: 'AN0004', province: '04.421', milieu: 'RURAL', sector: 'PUBLIC', cycle: 'MIDDLE',
    y0: { '1AC': [[16, 14]], '2AC': [[15, 15]], '3AC': [[12, 13]] }, entrants: { '1AC': [20, 18] } },
  { code: 'AN0005', province: '04.421', milieu: 'URBAN', sector: 'PUBLIC', cycle: 'MIDDLE', y0: {}, entrants: { '1AC': [4, 2] } },
  { code: 'AN0006', province: '04.421', milieu: 'URBAN', sector: 'PUBLIC', cycle: 'MIDDLE', y0: {}, entrants: { '1AC': [13, 12] } },
];

/** Where a pupil promoted "elsewhere" goes: another school of the same cycle. */
const OTHER_SCHOOL: Record<string, string> = { AN0001: 'AN0004', AN0004: 'AN0001', AN0003: 'AN0001' };
const NEXT: Record<string, string> = { '1AP': '2AP', '2AP': '3AP', '5AP': '6AP', '1AC': '2AC', '2AC': '3AC' };
const LAST = new Set(['6AP', '3AC']);

/** A deterministic pseudo-random digit 0..19 per pupil. */
const h = (id: number) => (id * 7919) % 20;

export interface World {
  schools: Record<string, { id: number; provinceId: number; regionId: number }>;
  yearIds: { y0: number; y1: number };
}

export async function buildWorld(db: DataSource): Promise<World> {
  const f = factories(db);
  const y0 = await f.year(Y0);
  const y1 = await f.year(Y1);
  const schools: World['schools'] = {};
  for (const s of SCHOOLS) {
    const made = await f.school({ code: s.code, provinceCode: s.province });
    await db.query('UPDATE school SET milieu = $2, sector = $3, cycles = ARRAY[$4] WHERE id = $1', [made.id, s.milieu, s.sector, s.cycle]);
    schools[s.code] = { id: made.id, provinceId: made.provinceId, regionId: made.regionId };
  }
  const classes = new Map<string, number>(); // `${year}|${school}|${level}|${n}` → id
  const classOf = async (year: string, school: string, level: string, n = 1) => {
    const key = `${year}|${school}|${level}|${n}`;
    if (!classes.has(key)) classes.set(key, await f.schoolClass(schools[school].id, { year, level, name: `${level}-${n}` }));
    return classes.get(key)!;
  };

  // Year 0: the classes as specified.
  for (const s of SCHOOLS) {
    for (const [level, pairs] of Object.entries(s.y0)) {
      for (const [i, [girls, boys]] of pairs.entries()) await addPupils(db, await classOf(Y0, s.code, level, i + 1), girls, boys, '2024-09-09');
    }
  }
  // A transfer in year 0: an AN0001 2AC pupil moves to AN0003 2AC in January.
  const [moved] = await db.query(`SELECT e.student_id FROM enrolment e JOIN school_class c ON c.id = e.class_id JOIN level l ON l.id = c.level_id
    WHERE e.school_year_id = $1 AND e.school_id = $2 AND l.code = '2AC' ORDER BY e.student_id LIMIT 1`, [y0, schools.AN0001.id]);
  await transfer(db, Number(moved.student_id), y0, await classOf(Y0, 'AN0003', '2AC'), '2025-01-10');

  // Year 1 from year 0's roster: repeat (with or without a REPEAT decision), promoted by decision
  // though decided REPEAT, drop out, promoted here or elsewhere; the last levels graduate (some
  // 6AP pupils enter 1AC at AN0001).
  const y0Roster: { student_id: string; school: string; level: string; class_id: number }[] = await db.query(
    `SELECT e.student_id, sc.code AS school, l.code AS level, e.class_id FROM enrolment e JOIN school sc ON sc.id = e.school_id
     JOIN school_class c ON c.id = e.class_id JOIN level l ON l.id = c.level_id WHERE e.school_year_id = $1 AND e.status = 'ACTIVE' ORDER BY e.student_id`, [y0]);
  const placements: { student: number; school: string; level: string }[] = [];
  const decisions: { student: number; classId: number; school: string; decision: string }[] = [];
  for (const r of y0Roster) {
    const id = Number(r.student_id);
    const d = h(id);
    const decide = (decision: string) => decisions.push({ student: id, classId: r.class_id, school: r.school, decision });
    const place = (school: string, level: string) => placements.push({ student: id, school, level });
    if (LAST.has(r.level)) {
      if (d < 2) { decide('REPEAT'); place(r.school, r.level); } else if (r.level === '6AP' && d % 2 === 0) { decide('GRADUATED'); place('AN0001', '1AC'); } else decide('GRADUATED');
      continue;
    }
    const next = NEXT[r.level];
    if (d < 2) { decide('REPEAT'); place(r.school, r.level); } else if (d === 2) place(r.school, r.level);
    else if (d === 3 && r.level.endsWith('AC')) { decide('REPEAT'); place(r.school, next); } else if (d < 6) decide('DROPPED_OUT');
    else if (d === 6 && OTHER_SCHOOL[r.school]) { decide('PROMOTED'); place(OTHER_SCHOOL[r.school], next); } else { decide('PROMOTED'); place(r.school, next); }
  }
  for (const x of decisions) {
    await db.query('INSERT INTO year_decision (school_id, school_year_id, class_id, student_id, decision) VALUES ($1, $2, $3, $4, $5)',
      [schools[x.school].id, y0, x.classId, x.student, x.decision]);
  }
  // Group year 1's pupils by school and level; more than 50 make two classes (alternately).
  const groups = new Map<string, number[]>();
  for (const p of placements) groups.set(`${p.school}|${p.level}`, [...(groups.get(`${p.school}|${p.level}`) ?? []), p.student]);
  for (const s of SCHOOLS) {
    for (const [level, [girls, boys]] of Object.entries(s.entrants)) {
      const fresh = await addPupils(db, null, girls, boys, null);
      groups.set(`${s.code}|${level}`, [...(groups.get(`${s.code}|${level}`) ?? []), ...fresh]);
    }
  }
  for (const [key, students] of groups) {
    const [school, level] = key.split('|');
    const parts = students.length > 50 ? 2 : 1;
    for (let n = 0; n < parts; n++) {
      const classId = await classOf(Y1, school, level, n + 1);
      await db.query(
        `INSERT INTO enrolment (student_id, school_id, class_id, school_year_id, enrolled_on)
         SELECT s, c.school_id, c.id, c.school_year_id, '2025-09-08' FROM unnest($1::bigint[]) s, school_class c WHERE c.id = $2`,
        [students.filter((_, i) => i % parts === n), classId]);
    }
  }
  // Year 1's changes under way: a transfer AN0001 2AC → AN0004 2AC in November (another
  // region), a pupil who left in December, a pupil enrolled late.
  const [t1] = await db.query(`SELECT e.student_id FROM enrolment e JOIN school_class c ON c.id = e.class_id JOIN level l ON l.id = c.level_id
    WHERE e.school_year_id = $1 AND e.school_id = $2 AND l.code = '2AC' AND e.status = 'ACTIVE' ORDER BY e.student_id DESC LIMIT 1`, [y1, schools.AN0001.id]);
  await transfer(db, Number(t1.student_id), y1, await classOf(Y1, 'AN0004', '2AC'), '2025-11-14');
  await db.query(`UPDATE enrolment SET status = 'LEFT', ended_on = '2025-12-01' WHERE id = (SELECT min(id) FROM enrolment
    WHERE school_year_id = $1 AND school_id = $2 AND status = 'ACTIVE') AND school_year_id = $1`, [y1, schools.AN0004.id]);
  await db.query(`UPDATE enrolment SET enrolled_on = '2025-10-20' WHERE id = (SELECT max(id) FROM enrolment
    WHERE school_year_id = $1 AND school_id = $2) AND school_year_id = $1`, [y1, schools.AN0006.id]);

  for (const year of [y0, y1]) await publishResults(db, year);
  await addAttendance(db, y1);
  await addTeachers(db, f, Object.values(schools).map((s) => s.id));
  await addSupport(db, y1, schools.AN0004.id, schools.AN0001.id);
  return { schools, yearIds: { y0, y1 } };
}

/** `girls` then `boys` new pupils, enrolled in the class when one is given; their ids. */
export async function addPupils(db: DataSource, classId: number | null, girls: number, boys: number, enrolledOn: string | null): Promise<number[]> {
  const rows: { id: string }[] = await db.query(
    `INSERT INTO student (code_massar, first_name, last_name, first_name_ar, last_name_ar, birth_date, birth_place, gender)
     SELECT 'W' || lpad(nextval('student_code_seq')::text, 9, '0'), 'Pupil', 'Analytics', 'تلميذ', 'تلميذ', '2012-03-04', 'Rabat',
            CASE WHEN i <= $1::int THEN 'F' ELSE 'M' END
     FROM generate_series(1, $1::int + $2::int) i ORDER BY i RETURNING id`,
    [girls, boys]);
  const ids = rows.map((r) => Number(r.id));
  if (classId) {
    await db.query(
      `INSERT INTO enrolment (student_id, school_id, class_id, school_year_id, enrolled_on)
       SELECT s, c.school_id, c.id, c.school_year_id, $3::date FROM unnest($1::bigint[]) s, school_class c WHERE c.id = $2`,
      [ids, classId, enrolledOn]);
  }
  return ids;
}

/** A transfer as the enrolment module writes it: the enrolment TRANSFERRED, a new ACTIVE one at the destination. */
export async function transfer(db: DataSource, studentId: number, yearId: number, toClassId: number, on: string): Promise<void> {
  await db.query(`UPDATE enrolment SET status = 'TRANSFERRED', ended_on = $3 WHERE student_id = $1 AND school_year_id = $2 AND status = 'ACTIVE'`,
    [studentId, yearId, on]);
  await db.query(
    `INSERT INTO enrolment (student_id, school_id, class_id, school_year_id, enrolled_on)
     SELECT $1, c.school_id, c.id, c.school_year_id, $3::date + 3 FROM school_class c WHERE c.id = $2`,
    [studentId, toClassId, on]);
}

/** S1 and YEAR results for every pupil on a roster: some without an average, one at 20; CEC/CEP at 3AC/6AP. */
async function publishResults(db: DataSource, yearId: number): Promise<void> {
  await db.query(
    `INSERT INTO published_result (school_id, school_year_id, class_id, student_id, term, general_average, subjects, derivation, certificate)
     SELECT e.school_id, e.school_year_id, e.class_id, e.student_id, t.term, a.avg, '[]', '{}',
            CASE WHEN t.term = 'YEAR' AND l.code IN ('3AC', '6AP') THEN jsonb_build_object(
              'name', CASE l.code WHEN '3AC' THEN 'CEC' ELSE 'CEP' END,
              'outcome', CASE WHEN a.avg IS NULL OR e.student_id % 11 = 0 THEN NULL WHEN a.avg >= 10 THEN 'PASSED' ELSE 'FAILED' END) END
     FROM enrolment e JOIN school_class c ON c.id = e.class_id JOIN level l ON l.id = c.level_id
     CROSS JOIN (VALUES ('S1'), ('YEAR')) t(term)
     CROSS JOIN LATERAL (SELECT CASE WHEN e.student_id % 23 = 0 THEN NULL WHEN e.student_id % 97 = 5 THEN 20
                                     ELSE ((e.student_id * 37 + (t.term = 'S1')::int * 11) % 200) / 10.0 END::numeric(4,2) AS avg) a
     WHERE e.school_year_id = $1 AND e.status = 'ACTIVE'`,
    [yearId]);
}

/** Five roll calls per class; absences (some partial, some late), justifications accepted, pending or refused. */
async function addAttendance(db: DataSource, yearId: number): Promise<void> {
  await db.query(
    `INSERT INTO roll_call (school_id, school_year_id, term, class_id, subject_id, held_on, minutes)
     SELECT c.school_id, c.school_year_id, 'S1', c.id, (SELECT id FROM subject WHERE code = 'MATH'), d::date, 60 + 60 * (c.id % 2)
     FROM school_class c CROSS JOIN unnest(ARRAY['2025-10-06', '2025-10-13', '2025-10-27', '2025-11-17', '2025-12-08']) d
     WHERE c.school_year_id = $1`,
    [yearId]);
  await db.query(
    `INSERT INTO absence_record (school_id, school_year_id, term, roll_call_id, student_id, held_on, late, minutes)
     SELECT rc.school_id, rc.school_year_id, rc.term, rc.id, e.student_id, rc.held_on, k.late,
            CASE WHEN k.late THEN 10 WHEN e.student_id % 2 = 0 THEN 30 ELSE rc.minutes END
     FROM roll_call rc JOIN enrolment e ON e.class_id = rc.class_id AND e.enrolled_on <= rc.held_on AND (e.ended_on IS NULL OR e.ended_on > rc.held_on)
     CROSS JOIN LATERAL (SELECT (e.student_id + extract(day FROM rc.held_on)::int) % 9 AS m) x
     CROSS JOIN LATERAL (SELECT x.m = 4 AS late) k
     WHERE rc.school_year_id = $1 AND (x.m = 0 OR (x.m = 4 AND e.student_id % 5 = 0))`,
    [yearId]);
  await db.query(
    `WITH j AS (
       INSERT INTO absence_justification (school_id, student_id, reason, status, submitted_by, decided_at, decision_reason)
       SELECT DISTINCT r.school_id, r.student_id, 'ILLNESS',
              CASE WHEN r.student_id % 3 = 0 THEN 'ACCEPTED' WHEN r.student_id % 2 = 0 THEN 'PENDING' ELSE 'REFUSED' END, 0,
              CASE WHEN r.student_id % 3 = 0 OR r.student_id % 2 = 1 THEN now() END,
              CASE WHEN r.student_id % 3 <> 0 AND r.student_id % 2 = 1 THEN 'No certificate' END
       FROM absence_record r WHERE r.school_year_id = $1 AND NOT r.late AND r.student_id % 3 <> 2
       RETURNING id, school_id, student_id)
     UPDATE absence_record r SET justification_id = j.id FROM j
     WHERE r.school_year_id = $1 AND r.school_id = j.school_id AND r.student_id = j.student_id AND NOT r.late`,
    [yearId]);
}

/** Teachers per school (half as many again as its year-1 classes), three subjects per class, each year's classes. */
async function addTeachers(db: DataSource, f: ReturnType<typeof factories>, schoolIds: number[]): Promise<void> {
  for (const schoolId of schoolIds) {
    const classes: { id: number }[] = await db.query('SELECT id FROM school_class WHERE school_id = $1 ORDER BY school_year_id, id', [schoolId]);
    const teachers: number[] = [];
    for (let i = 0; i < Math.max(1, Math.round(classes.length * 0.75)); i++) teachers.push(await f.teacher(schoolId));
    for (const [ci, c] of classes.entries()) {
      for (const [si, subject] of ['MATH', 'FR', 'AR'].entries()) {
        await db.query('INSERT INTO teaching_assignment (school_id, class_id, subject_id, teacher_id) SELECT $1, $2, id, $3 FROM subject WHERE code = $4',
          [schoolId, c.id, teachers[(ci + si) % teachers.length], subject]);
      }
    }
  }
}

/** Year-1 beneficiaries: Tayssir and canteens in rural schools, boarding at AN0004 (listed), remedial support at AN0001. */
async function addSupport(db: DataSource, yearId: number, boardingSchool: number, remedialSchool: number): Promise<void> {
  await db.query("INSERT INTO support_programme_school (programme_id, school_id) SELECT id, $1 FROM support_programme WHERE code = 'BOARDING'", [boardingSchool]);
  await db.query(
    `INSERT INTO support_beneficiary (programme_id, school_year_id, student_id, school_id, level_id)
     SELECT p.id, e.school_year_id, e.student_id, e.school_id, c.level_id
     FROM enrolment e JOIN school_class c ON c.id = e.class_id JOIN school sc ON sc.id = e.school_id JOIN support_programme p ON true
     WHERE e.school_year_id = $1 AND e.status = 'ACTIVE' AND (
       (p.code = 'TAYSSIR' AND sc.milieu = 'RURAL' AND e.student_id % 4 = 0)
       OR (p.code = 'CANTEEN' AND sc.milieu = 'RURAL' AND e.student_id % 5 = 0)
       OR (p.code = 'BOARDING' AND e.school_id = $2 AND e.student_id % 7 = 0)
       OR (p.code = 'REMEDIAL' AND e.school_id = $3 AND e.student_id % 6 = 0))`,
    [yearId, boardingSchool, remedialSchool]);
}

// ---------------------------------------------------------------------------------------------
// The independent computation.

export interface Slice {
  year: string;
  regionCode?: string;
  provinceCode?: string;
  schoolCode?: string;
  cycle?: string;
  levelCode?: string;
  gender?: string;
  milieu?: string;
  sector?: string;
  term?: string;
}

export interface Fig { value: number | null; count: number | null; suppressed: boolean }
export type Flat = Record<string, Fig>;

/** Decimal places the API rounds each figure to (by key prefix); 4 for rates, 0 for counts. */
export function digitsOf(key: string): number {
  if (/^(enrolled|newEntrants|repeaters|classes|bins\.|sizes\.)$|^(bins|sizes)\.|\.(candidates|eligible|beneficiaries)$/.test(key)) return 0;
  if (key === 'averageOfAverages' || key.endsWith('.amount')) return 2;
  if (key === 'averageClassSize' || key === 'pupilTeacherRatio' || key === 'hoursAbsent') return 1;
  if (key.endsWith('ParityIndex')) return 3;
  return 4;
}

/** The contract's rule: suppressed when a pupil count it is computed from is in [1, k). */
const fig = (value: number | null, counts: number[], k: number): Fig =>
  counts.some((c) => c > 0 && c < k) ? { value: null, count: null, suppressed: true } : { value, count: counts[0] ?? null, suppressed: false };
const na = (): Fig => ({ value: null, count: null, suppressed: false });
const rate = (num: number, den: number, counts: number[], k: number): Fig => (den > 0 ? fig(num / den, counts, k) : na());

/** SQL conditions of a slice over aliases sc (school), pr (province), lv (level), st (student). */
function where(slice: Slice, params: unknown[], o: { level?: boolean; gender?: boolean } = {}): string {
  const p = (v: unknown) => { params.push(v); return `$${params.length}`; };
  const c = ['true'];
  if (slice.regionCode) c.push(`pr.region_id = (SELECT id FROM region WHERE code = ${p(slice.regionCode)})`);
  if (slice.provinceCode) c.push(`pr.code = ${p(slice.provinceCode)}`);
  if (slice.schoolCode) c.push(`sc.code = ${p(slice.schoolCode)}`);
  if (slice.milieu) c.push(`sc.milieu = ${p(slice.milieu)}`);
  if (slice.sector) c.push(`sc.sector = ${p(slice.sector)}`);
  if (o.level !== false && slice.cycle) c.push(`lv.cycle = ${p(slice.cycle)}`);
  if (o.level !== false && slice.levelCode) c.push(`lv.code = ${p(slice.levelCode)}`);
  if (o.gender !== false && slice.gender) c.push(`st.gender = ${p(slice.gender)}`);
  return c.join(' AND ');
}

async function yearIds(db: DataSource, name: string): Promise<{ id: number; previous: number | null; next: number | null }> {
  const [y] = await db.query(
    `SELECT y.id, (SELECT p.id FROM school_year p WHERE p.starts_on < y.starts_on ORDER BY p.starts_on DESC LIMIT 1) AS previous,
            (SELECT n.id FROM school_year n WHERE n.starts_on > y.starts_on AND EXISTS (SELECT 1 FROM enrolment e WHERE e.school_year_id = n.id AND e.status = 'ACTIVE')
             ORDER BY n.starts_on LIMIT 1) AS next
     FROM school_year y WHERE y.name = $1`, [name]);
  return { id: Number(y.id), previous: y.previous === null ? null : Number(y.previous), next: y.next === null ? null : Number(y.next) };
}

/** The roster of a year with each pupil's repeater flag (last year at the same level anywhere, or decided REPEAT last year). */
const ROSTER = (year: string, previous: string) => `
  SELECT e.student_id, e.school_id, c.level_id,
         EXISTS (SELECT 1 FROM enrolment pe JOIN school_class pc ON pc.id = pe.class_id
                 WHERE pe.student_id = e.student_id AND pe.school_year_id = ${previous} AND pe.status = 'ACTIVE' AND pc.level_id = c.level_id)
         OR EXISTS (SELECT 1 FROM year_decision d WHERE d.student_id = e.student_id AND d.school_year_id = ${previous} AND d.decision = 'REPEAT') AS repeater
  FROM enrolment e JOIN school_class c ON c.id = e.class_id
  WHERE e.school_year_id = ${year} AND e.status = 'ACTIVE'`;
const ROSTER_JOINS = 'JOIN level lv ON lv.id = x.level_id JOIN student st ON st.id = x.student_id JOIN school sc ON sc.id = x.school_id JOIN province pr ON pr.id = sc.province_id';

const num = (x: unknown) => Number(x ?? 0);

/** Every indicator of a slice (no breakdown), flattened as the tests flatten the API's answer. */
export async function expectedIndicators(db: DataSource, slice: Slice, k: number, overcrowdedAbove = 40): Promise<Flat> {
  const y = await yearIds(db, slice.year);
  const out: Flat = {};

  // Pupils.
  {
    const params: unknown[] = [y.id, y.previous];
    const [r] = await db.query(
      `SELECT count(*) AS enrolled, count(*) FILTER (WHERE x.repeater) AS repeaters,
              count(*) FILTER (WHERE NOT x.repeater AND lv.code IN ('1AP', '1AC', 'TC')) AS entrants,
              count(*) FILTER (WHERE st.gender = 'F') AS girls, count(*) FILTER (WHERE st.gender = 'M') AS boys
       FROM (${ROSTER('$1', '$2::smallint')}) x ${ROSTER_JOINS} WHERE ${where(slice, params)}`, params);
    const [enrolled, girls, boys] = [num(r.enrolled), num(r.girls), num(r.boys)];
    out.enrolled = fig(enrolled, [enrolled], k);
    out.newEntrants = fig(num(r.entrants), [num(r.entrants)], k);
    out.repeaters = fig(num(r.repeaters), [num(r.repeaters)], k);
    out.enrolmentParityIndex = boys > 0 ? fig(girls / boys, [girls, boys], k) : na();

    // Attendance: pupil-minutes of the roll calls held (the roster that day), minutes absent (not late), accepted.
    const p2: unknown[] = [y.id];
    const [s] = await db.query(
      `SELECT coalesce(sum(rc.minutes), 0) AS scheduled FROM roll_call rc JOIN school_class c ON c.id = rc.class_id
       JOIN enrolment e ON e.class_id = rc.class_id AND e.enrolled_on <= rc.held_on AND (e.ended_on IS NULL OR e.ended_on > rc.held_on)
       JOIN level lv ON lv.id = c.level_id JOIN student st ON st.id = e.student_id JOIN school sc ON sc.id = c.school_id JOIN province pr ON pr.id = sc.province_id
       WHERE rc.school_year_id = $1 AND ${where(slice, p2)}`, p2);
    const p3: unknown[] = [y.id];
    const [a] = await db.query(
      `SELECT coalesce(sum(ar.minutes), 0) AS absent, coalesce(sum(ar.minutes) FILTER (WHERE j.status = 'ACCEPTED'), 0) AS justified
       FROM absence_record ar JOIN roll_call rc ON rc.id = ar.roll_call_id AND rc.school_year_id = ar.school_year_id JOIN school_class c ON c.id = rc.class_id
       JOIN level lv ON lv.id = c.level_id JOIN student st ON st.id = ar.student_id JOIN school sc ON sc.id = c.school_id JOIN province pr ON pr.id = sc.province_id
       LEFT JOIN absence_justification j ON j.id = ar.justification_id
       WHERE ar.school_year_id = $1 AND NOT ar.late AND ${where(slice, p3)}`, p3);
    const [scheduled, absent, justified] = [num(s.scheduled), num(a.absent), num(a.justified)];
    out.absenceRate = rate(absent, scheduled, [enrolled], k);
    out.justifiedShare = rate(justified, absent, [enrolled], k);
    out.hoursAbsent = scheduled > 0 ? fig(absent / 60, [enrolled], k) : na();
  }

  // Flows (reconstructed cohort): needs the next year.
  if (y.next === null) {
    out.promotionRate = na(); out.repetitionRate = na(); out.dropoutRate = na();
  } else {
    const perLevel = async (yearId: number, previous: number) => {
      const params: unknown[] = [yearId, previous];
      const rows: { level_id: number; e: string; r: string }[] = await db.query(
        `SELECT x.level_id, count(*) AS e, count(*) FILTER (WHERE x.repeater) AS r FROM (${ROSTER('$1', '$2::smallint')}) x ${ROSTER_JOINS}
         WHERE ${where(slice, params, { level: false })} GROUP BY x.level_id`, params);
      return new Map(rows.map((r) => [Number(r.level_id), { e: num(r.e), r: num(r.r) }]));
    };
    const now = await perLevel(y.id, y.previous ?? -1);
    const then = await perLevel(y.next, y.id);
    const levels: { id: number; code: string; cycle: string; next: number | null; next_cycle: string | null }[] = await db.query(
      'SELECT l.id, l.code, l.cycle, l.next_level_id AS next, n.cycle AS next_cycle FROM level l LEFT JOIN level n ON n.id = l.next_level_id');
    let [e, promoted, repeated] = [0, 0, 0];
    for (const l of levels) {
      if (l.next === null || l.next_cycle !== l.cycle) continue;
      if (slice.cycle && l.cycle !== slice.cycle) continue;
      if (slice.levelCode && l.code !== slice.levelCode) continue;
      e += now.get(Number(l.id))?.e ?? 0;
      const up = then.get(Number(l.next));
      promoted += (up?.e ?? 0) - (up?.r ?? 0);
      repeated += then.get(Number(l.id))?.r ?? 0;
    }
    const dropped = Math.max(0, e - promoted - repeated);
    // The rule for flows: any small flow hides all three; no count (it would give the last levels' pupils).
    const flows = [e, promoted, repeated, dropped];
    const flow = (x: number): Fig => ({ ...rate(x, e, flows, k), count: null });
    out.promotionRate = flow(promoted);
    out.repetitionRate = flow(repeated);
    out.dropoutRate = flow(dropped);
  }

  // Results of the slice's term, and certificates (YEAR).
  {
    const params: unknown[] = [y.id, slice.term ?? 'YEAR'];
    const rows: { bin: number; n: string; total: string; ok: string; gender: string }[] = await db.query(
      `SELECT least(width_bucket(r.general_average, 0, 20, 10), 10) AS bin, st.gender, count(*) AS n, sum(r.general_average) AS total,
              count(*) FILTER (WHERE r.general_average >= 10) AS ok
       FROM published_result r JOIN school_class c ON c.id = r.class_id JOIN level lv ON lv.id = c.level_id JOIN student st ON st.id = r.student_id
       JOIN school sc ON sc.id = r.school_id JOIN province pr ON pr.id = sc.province_id
       WHERE r.school_year_id = $1 AND r.term = $2 AND r.general_average IS NOT NULL AND ${where(slice, params)} GROUP BY 1, 2`, params);
    const bins = Array(10).fill(0);
    let [results, total, ok] = [0, 0, 0];
    const by = { F: { n: 0, ok: 0 }, M: { n: 0, ok: 0 } } as Record<string, { n: number; ok: number }>;
    for (const r of rows) {
      bins[r.bin - 1] += num(r.n);
      results += num(r.n); total += num(r.total); ok += num(r.ok);
      by[r.gender].n += num(r.n); by[r.gender].ok += num(r.ok);
    }
    out.averageOfAverages = rate(total, results, [results], k);
    out.atLeast10Share = rate(ok, results, [results, ok, results - ok], k);
    bins.forEach((b, i) => { out[`bins.${i}`] = fig(b, [b], k); });
    const [F, M] = [by.F, by.M];
    out.successParityIndex = F.n > 0 && M.n > 0 && M.ok > 0 ? fig((F.ok / F.n) / (M.ok / M.n), [F.n, M.n, F.ok, M.ok, F.n - F.ok, M.n - M.ok], k) : na();

    const p2: unknown[] = [y.id];
    const certs: { name: string; candidates: string; passed: string }[] = await db.query(
      `SELECT r.certificate->>'name' AS name, count(*) FILTER (WHERE r.certificate->>'outcome' IS NOT NULL) AS candidates,
              count(*) FILTER (WHERE r.certificate->>'outcome' = 'PASSED') AS passed
       FROM published_result r JOIN school_class c ON c.id = r.class_id JOIN level lv ON lv.id = c.level_id JOIN student st ON st.id = r.student_id
       JOIN school sc ON sc.id = r.school_id JOIN province pr ON pr.id = sc.province_id
       WHERE r.school_year_id = $1 AND r.term = 'YEAR' AND r.certificate IS NOT NULL AND ${where(slice, p2)} GROUP BY 1`, p2);
    for (const c of certs) {
      const [cand, passed] = [num(c.candidates), num(c.passed)];
      out[`certificates.${c.name}.candidates`] = fig(cand, [cand], k);
      out[`certificates.${c.name}.successRate`] = rate(passed, cand, [cand, passed, cand - passed], k);
    }
  }

  // Classes (no gender), and the pupil–teacher ratio (no cycle, level or gender).
  {
    const names = ['classes', 'averageClassSize', 'overcrowdedShare', ...Array.from({ length: 5 }, (_, i) => `sizes.${i}`)];
    if (slice.gender) for (const n of names) out[n] = na();
    else {
      const params: unknown[] = [y.id];
      const sizes: { size: string }[] = await db.query(
        `SELECT (SELECT count(*) FROM enrolment e WHERE e.class_id = c.id AND e.status = 'ACTIVE') AS size
         FROM school_class c JOIN level lv ON lv.id = c.level_id JOIN school sc ON sc.id = c.school_id JOIN province pr ON pr.id = sc.province_id
         WHERE c.school_year_id = $1 AND ${where(slice, params, { gender: false })}`, params);
      const list = sizes.map((s) => num(s.size));
      const pupils = list.reduce((a, b) => a + b, 0);
      out.classes = fig(list.length, [pupils], k);
      out.averageClassSize = rate(pupils, list.length, [pupils], k);
      out.overcrowdedShare = rate(list.filter((s) => s > overcrowdedAbove).length, list.length, [pupils], k);
      const bounds: [number, number][] = [[0, 20], [21, 30], [31, 40], [41, 45], [46, Infinity]];
      bounds.forEach(([lo, hi], i) => { out[`sizes.${i}`] = fig(list.filter((s) => s >= lo && s <= hi).length, [pupils], k); });
    }
    if (slice.gender || slice.cycle || slice.levelCode) out.pupilTeacherRatio = na();
    else {
      const params: unknown[] = [y.id];
      const [t] = await db.query(
        `SELECT sum((SELECT count(*) FROM enrolment e WHERE e.school_id = sc.id AND e.school_year_id = $1 AND e.status = 'ACTIVE')) AS pupils,
                sum((SELECT count(DISTINCT ta.teacher_id) FROM teaching_assignment ta JOIN school_class c ON c.id = ta.class_id
                     WHERE c.school_id = sc.id AND c.school_year_id = $1)) AS teachers
         FROM school sc JOIN province pr ON pr.id = sc.province_id
         WHERE EXISTS (SELECT 1 FROM school_class c WHERE c.school_id = sc.id AND c.school_year_id = $1) AND ${where(slice, params, { level: false, gender: false })}`,
        params);
      const [pupils, teachers] = [num(t.pupils), num(t.teachers)];
      out.pupilTeacherRatio = teachers > 0 ? fig(pupils / teachers, [pupils], k) : na();
    }
  }

  // Support per programme: eligible by the rules that need no declaration; the rows listed.
  {
    const params: unknown[] = [y.id];
    const eligible: { code: string; n: string }[] = await db.query(
      `SELECT p.code, count(*) AS n FROM enrolment x JOIN school_class c ON c.id = x.class_id JOIN level lv ON lv.id = c.level_id
       JOIN student st ON st.id = x.student_id JOIN school sc ON sc.id = x.school_id JOIN province pr ON pr.id = sc.province_id
       JOIN support_programme p ON (p.milieux IS NULL OR sc.milieu = ANY (p.milieux)) AND (p.cycles IS NULL OR lv.cycle = ANY (p.cycles))
         AND (p.level_codes IS NULL OR lv.code = ANY (p.level_codes))
         AND (NOT p.school_list OR sc.id IN (SELECT ps.school_id FROM support_programme_school ps WHERE ps.programme_id = p.id))
       WHERE x.school_year_id = $1 AND x.status = 'ACTIVE' AND ${where(slice, params)} GROUP BY p.code`, params);
    const p2: unknown[] = [y.id];
    const listed: { code: string; n: string; amount: string | null; cash: boolean }[] = await db.query(
      `SELECT p.code, count(*) AS n, sum(am.amount_mad) AS amount, p.kind = 'CASH' AS cash
       FROM support_beneficiary b JOIN support_programme p ON p.id = b.programme_id JOIN level lv ON lv.id = b.level_id
       JOIN student st ON st.id = b.student_id JOIN school sc ON sc.id = b.school_id JOIN province pr ON pr.id = sc.province_id
       LEFT JOIN support_programme_amount am ON am.programme_id = b.programme_id AND am.level_id = b.level_id
       WHERE b.school_year_id = $1 AND ${where(slice, p2)} GROUP BY p.code, p.kind`, p2);
    const programmes: { code: string; cash: boolean }[] = await db.query("SELECT code, kind = 'CASH' AS cash FROM support_programme");
    for (const p of programmes) {
      const e = num(eligible.find((x) => x.code === p.code)?.n);
      const l = listed.find((x) => x.code === p.code);
      const b = num(l?.n);
      out[`support.${p.code}.eligible`] = fig(e, [e], k);
      out[`support.${p.code}.beneficiaries`] = fig(b, [b], k);
      out[`support.${p.code}.coverage`] = rate(b, e, [e, b, e - b], k);
      out[`support.${p.code}.amount`] = p.cash ? fig(num(l?.amount), [b], k) : na();
    }
  }
  // The contract gives a count with counts only (a rate's denominator is not given).
  for (const f of Object.values(out)) if (f.count !== f.value) f.count = null;
  return out;
}

// ---------------------------------------------------------------------------------------------
// The API's answer, flattened the same way.

const F = '{ value count suppressed }';
export const INDICATOR_FIELDS = `year enrolled ${F} newEntrants ${F} repeaters ${F} promotionRate ${F} repetitionRate ${F} dropoutRate ${F}
  averageOfAverages ${F} atLeast10Share ${F} averageDistribution { from to pupils ${F} } certificates { certificate candidates ${F} successRate ${F} }
  absenceRate ${F} justifiedShare ${F} hoursAbsent ${F} classes ${F} averageClassSize ${F} overcrowdedShare ${F} pupilTeacherRatio ${F}
  classSizeDistribution { from to pupils ${F} } enrolmentParityIndex ${F} successParityIndex ${F}
  support { programme { code } eligible ${F} beneficiaries ${F} coverage ${F} amount ${F} }`;

export const SIMPLE_FIGURES = ['enrolled', 'newEntrants', 'repeaters', 'promotionRate', 'repetitionRate', 'dropoutRate', 'averageOfAverages', 'atLeast10Share',
  'absenceRate', 'justifiedShare', 'hoursAbsent', 'classes', 'averageClassSize', 'overcrowdedShare', 'pupilTeacherRatio', 'enrolmentParityIndex', 'successParityIndex'];

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the API's answer, as GraphQL shaped it
export function flatten(ind: any): Flat {
  const out: Flat = {};
  for (const name of SIMPLE_FIGURES) out[name] = ind[name];
  ind.averageDistribution.forEach((b: { pupils: Fig }, i: number) => { out[`bins.${i}`] = b.pupils; });
  ind.classSizeDistribution.forEach((b: { pupils: Fig }, i: number) => { out[`sizes.${i}`] = b.pupils; });
  for (const c of ind.certificates) {
    out[`certificates.${c.certificate}.candidates`] = c.candidates;
    out[`certificates.${c.certificate}.successRate`] = c.successRate;
  }
  for (const s of ind.support) for (const f of ['eligible', 'beneficiaries', 'coverage', 'amount']) out[`support.${s.programme.code}.${f}`] = s[f];
  return out;
}

/** Differences between the API's flattened figures and the expected ones (empty: equal). Bins: complementary suppression allowed. */
export function differences(api: Flat, expected: Flat, omit: RegExp | null = null): string[] {
  const out: string[] = [];
  const keys = new Set([...Object.keys(api), ...Object.keys(expected)].filter((k) => !omit?.test(k)));
  for (const key of keys) {
    const a = api[key];
    const e = expected[key];
    if (!a || !e) {
      // A certificate the API lists that the slice has no row of, or the reverse.
      out.push(`${key}: api ${JSON.stringify(a)} expected ${JSON.stringify(e)}`);
      continue;
    }
    // Amount of a cash programme without beneficiaries: 0 or not available are both "nothing paid".
    if (key.endsWith('.amount') && !e.suppressed && e.value === 0 && a.value === null && !a.suppressed) continue;
    if (e.suppressed) {
      if (!a.suppressed || a.value !== null || a.count !== null) out.push(`${key}: api ${JSON.stringify(a)}, expected suppressed`);
      continue;
    }
    if (a.suppressed && key.startsWith('bins.')) continue; // complementary, checked by the callers
    if (e.value === null) {
      if (a.value !== null || a.suppressed) out.push(`${key}: api ${JSON.stringify(a)}, expected not available`);
      continue;
    }
    const tolerance = 0.51 * 10 ** -digitsOf(key) + 1e-9;
    if (a.suppressed || a.value === null || Math.abs(a.value - e.value) > tolerance) {
      out.push(`${key}: api ${JSON.stringify(a)}, expected ${e.value}`);
      continue;
    }
    if (!key.endsWith('ParityIndex') && a.count !== e.count) out.push(`${key}: api count ${a.count}, expected ${e.count}`);
  }
  // The distribution's bins: never exactly one suppressed among those with pupils.
  const bins = Object.keys(api).filter((k) => k.startsWith('bins.') && !omit?.test(k));
  const hidden = bins.filter((k) => api[k].suppressed);
  if (hidden.length === 1 && bins.some((k) => !api[k].suppressed && (api[k].value ?? 0) > 0)) out.push(`bins: exactly one suppressed (${hidden[0]})`);
  return out;
}

/** Every cell table's rows, in a stable order, for comparing the refreshed cells with a rebuild's. */
export async function cellSnapshot(db: DataSource): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const table of ['analytics_pupil_cell', 'analytics_result_cell', 'analytics_class_cell', 'analytics_school_cell', 'analytics_support_cell', 'analytics_integrity_cell']) {
    out[table] = await db.query(`SELECT to_jsonb(t) AS row FROM ${table} t ORDER BY to_jsonb(t)::text`);
  }
  return out;
}
