import pg from 'pg';
import { type Logger } from 'pino';
import { type DataSource, type EntityManager } from 'typeorm';
import { hashPassword } from '../../core/auth/password.js';
import { rebuildAnalytics } from '../../modules/analytics/rollup-rebuild.js';
import { nextCodeMassar } from '../../modules/people/code-massar.js';
import { Term } from '../../modules/evaluation/evaluation.enums.js';
import { storeResults } from '../../modules/evaluation/published-results.service.js';
import { seedNational } from '../../modules/seed/seed-national.js';
import { ensureSchoolYear } from '../../modules/schooling/school-year.service.js';
import { BOYS, FAMILIES, GIRLS } from './demo-people.js';
import { insertSecondSchool, type SecondSchool } from './demo-school-b.js';
import { insertSchoolTime } from './demo-school-time.js';
import { closeDemoYear } from './demo-year-end.js';

export { DEMO_SCHOOL_B_CODE } from './demo-school-b.js';

export const DEMO_PASSWORD = 'demo1234';
export const DEMO_SCHOOL_CODE = '06141C0001';

/** The demo logins (password DEMO_PASSWORD) and whose scope each holds, as printed at start. */
export const DEMO_ACCOUNTS = [
  { email: 'ministere@demo.massar.ma', role: 'MINISTRY', who: 'national figures' },
  { email: 'aref.casablanca@demo.massar.ma', role: 'REGION', who: 'Casablanca-Settat academy' },
  { email: 'province@demo.massar.ma', role: 'PROVINCE', who: 'Casablanca directorate (the demo school\'s)' },
  { email: 'directeur@demo.massar.ma', role: 'DIRECTOR', who: 'Collège Al Massira, the demo school' },
  { email: 'directeur.b@demo.massar.ma', role: 'DIRECTOR', who: 'Collège Ibn Khaldoun, Mohammedia (transfers)' },
  { email: 'secretariat@demo.massar.ma', role: 'STAFF', who: 'Collège Al Massira' },
  { email: 'enseignant@demo.massar.ma', role: 'TEACHER', who: 'mathematics in 1AC-1 and 1AC-2' },
  { email: 'parent@demo.massar.ma', role: 'PARENT', who: 'two pupils of the demo school' },
] as const;

const CLASSES = [
  { name: '1AC-1', level: '1AC' },
  { name: '1AC-2', level: '1AC' },
  { name: '2AC-1', level: '2AC' },
  { name: '3AC-1', level: '3AC' },
];
const PUPILS_PER_CLASS = 28;

/** The school year under way on a date: September starts a new one. */
export function schoolYearOf(date: Date): string {
  const y = date.getUTCFullYear();
  return date.getUTCMonth() >= 8 ? `${y}-${y + 1}` : `${y - 1}-${y}`;
}

/** Pupils of the national slice around the demo school: every region gets some. */
export const DEMO_NATIONAL_STUDENTS = 3000;

/**
 * Seeds demo mode into a database without accounts: a small national-shaped slice (unless
 * pupils were already loaded, e.g. by `npm run seed`), then the demo school and its accounts.
 * Returns false when accounts exist already.
 */
export async function seedDemo(db: DataSource, log: Logger): Promise<boolean> {
  const [{ accounts, students }] = await db.query('SELECT (SELECT count(*) FROM account)::int AS accounts, (SELECT count(*) FROM student)::int AS students');
  if (accounts > 0) return false;
  const yearName = schoolYearOf(new Date());
  const slice = students === 0;
  if (slice) await seedNationalSlice(db, yearName);
  const year = await ensureSchoolYear(db, yearName);
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await db.transaction(async (tx) => {
    const schoolId = await insertDemoSchool(tx);
    const staff = await insertStaff(tx, schoolId);
    const classIds = await insertClasses(tx, schoolId, year.id, staff.teacherId);
    const family = await insertPupils(tx, schoolId, year.id, classIds);
    const schoolB = await insertSecondSchool(tx, year.id);
    const accounts = await insertAccounts(tx, passwordHash, { schoolId, ...staff, ...family, ...schoolB });
    await insertEvaluation(tx, schoolId, year.id, classIds[0]);
    // 2AC-1's year is over (S2 locked, decisions confirmed), for the year rollover.
    await closeDemoYear(tx, classIds[2], year.id, accounts.directorAccountId);
    // Timetables, recent roll calls and absences, the family's justifications, support lists.
    await insertSchoolTime(tx, { schoolId, yearId: year.id, classIds, teacherId: staff.teacherId, guardianId: family.guardianId });
  });
  // The slice's COPY went straight into partitions (no trigger on the parents): the dashboard's
  // roll-ups are computed once from the loaded rows. Pupils loaded by `npm run seed` were rebuilt there.
  if (slice) await rebuildAnalytics(db);
  log.info({ year: yearName }, 'demo data seeded');
  return true;
}

async function seedNationalSlice(db: DataSource, year: string): Promise<void> {
  const client = new pg.Client({ connectionString: (db.options as { url: string }).url });
  await client.connect();
  try {
    // With the year before (results, decisions, exam marks): the dashboard's trends, flows and integrity watch.
    await seedNational(client, { students: DEMO_NATIONAL_STUDENTS, year, history: true });
  } finally {
    await client.end();
  }
}

async function insertDemoSchool(tx: EntityManager): Promise<number> {
  const [row] = await tx.query(
    `INSERT INTO school (code, name_fr, name_ar, cycles, sector, milieu, province_id, capacity)
     SELECT $1, 'Collège Al Massira', 'إعدادية المسيرة', ARRAY['MIDDLE'], 'PUBLIC', 'URBAN', id, 900 FROM province WHERE code = '06.141'
     RETURNING id`,
    [DEMO_SCHOOL_CODE],
  );
  return row.id;
}

async function insertStaff(tx: EntityManager, schoolId: number) {
  const insert = async (first: string, last: string, firstAr: string, lastAr: string, position: string, email: string) => {
    const [row] = await tx.query(
      `INSERT INTO staff_member (school_id, first_name, last_name, first_name_ar, last_name_ar, position, email)
       VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
      [schoolId, first, last, firstAr, lastAr, position, email],
    );
    return row.id as number;
  };
  return {
    directorId: await insert('Rachid', 'Benkirane', 'رشيد', 'بنكيران', 'DIRECTOR', 'directeur@demo.massar.ma'),
    secretaryId: await insert('Naima', 'Fassi', 'نعيمة', 'الفاسي', 'ADMINISTRATIVE', 'secretariat@demo.massar.ma'),
    teacherId: await insert('Samira', 'Ouali', 'سميرة', 'الوالي', 'TEACHER', 'enseignant@demo.massar.ma'),
  };
}

/** Classes of the year; the demo teacher teaches mathematics in the first two. */
async function insertClasses(tx: EntityManager, schoolId: number, yearId: number, teacherId: number): Promise<number[]> {
  const ids: number[] = [];
  for (const c of CLASSES) {
    const [row] = await tx.query(
      `INSERT INTO school_class (school_id, school_year_id, level_id, name, capacity)
       SELECT $1, $2, id, $3, 40 FROM level WHERE code = $4 RETURNING id`,
      [schoolId, yearId, c.name, c.level],
    );
    ids.push(row.id);
  }
  for (const classId of ids.slice(0, 2)) {
    await tx.query(
      `INSERT INTO teaching_assignment (school_id, class_id, subject_id, teacher_id) SELECT $1, $2, id, $3 FROM subject WHERE code = 'MATH'`,
      [schoolId, classId, teacherId],
    );
  }
  return ids;
}

/** Pupils of every class; the demo parent's two children are the first of 1AC-1 and 3AC-1. */
async function insertPupils(tx: EntityManager, schoolId: number, yearId: number, classIds: number[]) {
  const studentIds: number[][] = [];
  for (const [c, classId] of classIds.entries()) {
    const birthYear = 2013 - Number(CLASSES[c].level[0]) + new Date().getUTCFullYear() - 2025;
    studentIds.push([]);
    for (let i = 0; i < PUPILS_PER_CLASS; i++) {
      const n = c * PUPILS_PER_CLASS + i;
      const girl = n % 2 === 0;
      const [first, firstAr] = (girl ? GIRLS : BOYS)[(n * 7) % 16];
      const [last, lastAr] = FAMILIES[(n * 3) % FAMILIES.length];
      const code = await nextCodeMassar(tx, 6);
      const [row] = await tx.query(
        `INSERT INTO student (code_massar, first_name, last_name, first_name_ar, last_name_ar, birth_date, birth_place, gender)
         VALUES ($1, $2, $3, $4, $5, $6, 'Casablanca', $7) RETURNING id`,
        [code, first, last, firstAr, lastAr, `${birthYear}-${String(1 + (n % 12)).padStart(2, '0')}-${String(1 + (n % 28)).padStart(2, '0')}`, girl ? 'F' : 'M'],
      );
      studentIds[c].push(row.id);
      await tx.query('INSERT INTO enrolment (student_id, school_id, class_id, school_year_id) VALUES ($1, $2, $3, $4)', [row.id, schoolId, classId, yearId]);
    }
  }
  return linkGuardians(tx, studentIds);
}

async function linkGuardians(tx: EntityManager, studentIds: number[][]) {
  const children = [studentIds[0][0], studentIds[3][0]];
  // The demo family: both children take the demo parent's family name.
  await tx.query(`UPDATE student SET last_name = 'Amrani', last_name_ar = 'العمراني' WHERE id = ANY($1)`, [children]);
  const [parent] = await tx.query(
    `INSERT INTO guardian (first_name, last_name, first_name_ar, last_name_ar, phone, email, national_id)
     VALUES ('Khalid', 'Amrani', 'خالد', 'العمراني', '0612345678', 'parent@demo.massar.ma', 'BE123456') RETURNING id`,
  );
  for (const id of children) await tx.query(`INSERT INTO student_guardian VALUES ($1, $2, 'FATHER')`, [id, parent.id]);
  // Every other family (pupils sharing a family name are siblings) gets a mother as guardian.
  await tx.query(
    `WITH fam AS (SELECT DISTINCT last_name, last_name_ar FROM student WHERE id = ANY($1) AND NOT id = ANY($2)),
          g AS (INSERT INTO guardian (first_name, last_name, first_name_ar, last_name_ar, phone)
                SELECT 'Fatima', last_name, 'فاطمة', last_name_ar, '06' || lpad((abs(hashtext(last_name)) % 100000000)::text, 8, '0') FROM fam
                RETURNING id, last_name)
     INSERT INTO student_guardian (student_id, guardian_id, relationship)
     SELECT s.id, g.id, 'MOTHER' FROM student s JOIN g ON g.last_name = s.last_name WHERE s.id = ANY($1) AND NOT s.id = ANY($2)`,
    [studentIds.flat(), children],
  );
  return { guardianId: Number(parent.id), firstChildId: Number(children[0]) };
}

interface AccountScope extends SecondSchool {
  schoolId: number;
  directorId: number;
  secretaryId: number;
  teacherId: number;
  guardianId: number;
  firstChildId: number;
}

/** The demo accounts; returns the demo director's account id (the actor of the seeded council decisions). */
async function insertAccounts(tx: EntityManager, hash: string, s: AccountScope): Promise<{ directorAccountId: number }> {
  const [{ id: provinceId }] = await tx.query(`SELECT province_id AS id FROM school WHERE id = $1`, [s.schoolId]);
  const rows: [string | null, string, string, Record<string, number | null>][] = [
    ['ministere@demo.massar.ma', 'MINISTRY', 'Analyste du ministère', {}],
    ['aref.casablanca@demo.massar.ma', 'REGION', 'AREF Casablanca-Settat', { region_id: 6 }],
    ['province@demo.massar.ma', 'PROVINCE', 'Direction provinciale de Casablanca', { province_id: provinceId }],
    ['directeur@demo.massar.ma', 'DIRECTOR', 'Rachid Benkirane', { school_id: s.schoolId, staff_member_id: s.directorId }],
    ['directeur.b@demo.massar.ma', 'DIRECTOR', 'Hassan Alami', { school_id: s.schoolBId, staff_member_id: s.directorBId }],
    ['secretariat@demo.massar.ma', 'STAFF', 'Naima Fassi', { school_id: s.schoolId, staff_member_id: s.secretaryId }],
    ['enseignant@demo.massar.ma', 'TEACHER', 'Samira Ouali', { school_id: s.schoolId, staff_member_id: s.teacherId }],
    ['parent@demo.massar.ma', 'PARENT', 'Khalid Amrani', { guardian_id: s.guardianId }],
  ];
  const ids: Record<string, number> = {};
  for (const [email, role, name, scope] of rows) {
    const [account] = await tx.query(
      `INSERT INTO account (email, password_hash, role, display_name, region_id, province_id, school_id, staff_member_id, guardian_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
      [email, hash, role, name, scope.region_id ?? null, scope.province_id ?? null, scope.school_id ?? null, scope.staff_member_id ?? null, scope.guardian_id ?? null],
    );
    ids[email!] = account.id;
  }
  await tx.query(
    `INSERT INTO account (password_hash, role, display_name, student_id)
     SELECT $1, 'PUPIL', first_name || ' ' || last_name, id FROM student WHERE id = $2`,
    [hash, s.firstChildId],
  );
  return { directorAccountId: ids['directeur@demo.massar.ma'] };
}

/** The demo pupil's login, printed at start. */
export async function demoPupilCode(db: DataSource): Promise<string | null> {
  const [row] = await db.query(`SELECT s.code_massar FROM account a JOIN student s ON s.id = a.student_id WHERE a.role = 'PUPIL' ORDER BY a.id LIMIT 1`);
  return row?.code_massar ?? null;
}

/**
 * A term of grades for every demo class: S1 continuous tests, integrated activities and (3AC)
 * the local exam, marked, and S1 published for 1AC-1 so that the demo parent's first child has
 * results; S2 open with two upcoming tests per subject (then 2AC-1's year is closed, see
 * demo-year-end.ts). Marks are deterministic (hashes).
 */
async function insertEvaluation(tx: EntityManager, schoolId: number, yearId: number, publishedClassId: number): Promise<void> {
  await tx.query(
    `INSERT INTO assessment (school_id, class_id, subject_id, school_year_id, term, kind, number, held_on)
     SELECT c.school_id, c.id, sc.subject_id, c.school_year_id, p.term, p.kind, p.number,
            CASE WHEN p.term = 'S1' THEN s1.starts_on + p.day
                 ELSE least(s2.ends_on - 1, greatest(s2.starts_on + 20, current_date + 7) + p.day) END
     FROM school_class c
     JOIN term s1 ON s1.school_year_id = c.school_year_id AND s1.code = 'S1'
     JOIN term s2 ON s2.school_year_id = c.school_year_id AND s2.code = 'S2'
     JOIN school_year y ON y.id = c.school_year_id
     JOIN subject_coefficient_version sc ON sc.level_id = c.level_id AND sc.stream_id IS NULL
          AND y.name >= sc.valid_from AND y.name < sc.valid_until
     JOIN (VALUES ('S1', 'CONTINUOUS', 1, 36, 'CC'), ('S1', 'CONTINUOUS', 2, 77, 'CC'), ('S1', 'INTEGRATED_ACTIVITY', 1, 105, 'CC'),
                  ('S1', 'LOCAL_EXAM', 1, 141, 'LOCAL'), ('S2', 'CONTINUOUS', 1, 0, 'CC'), ('S2', 'CONTINUOUS', 2, 28, 'CC'))
          AS p(term, kind, number, day, exam) ON p.exam = sc.exam
     WHERE c.school_id = $1`,
    [schoolId],
  );
  // Ability per pupil plus noise per test, in quarter points; about one mark in forty is an absence.
  await tx.query(
    `INSERT INTO grade (school_id, school_year_id, assessment_id, student_id, value, absence)
     SELECT a.school_id, a.school_year_id, a.id, e.student_id,
            CASE WHEN x.h % 41 <> 0 THEN round(least(20, 4 + (abs(hashtext(e.student_id::text)) % 900) / 100.0 + (x.h % 500) / 100.0) * 4) / 4 END,
            CASE WHEN x.h % 41 = 0 THEN CASE WHEN x.h % 2 = 0 THEN 'JUSTIFIED' ELSE 'UNJUSTIFIED' END END
     FROM assessment a JOIN enrolment e ON e.class_id = a.class_id AND e.school_year_id = a.school_year_id
     CROSS JOIN LATERAL (SELECT abs(hashtext(e.student_id || ':' || a.id)) AS h) x
     WHERE a.school_id = $1 AND a.term = 'S1'`,
    [schoolId],
  );
  await tx.query(
    `UPDATE term_status SET status = 'PUBLISHED', locked_at = now(), published_at = now() WHERE class_id = $1 AND term = 'S1'`,
    [publishedClassId],
  );
  // What publishTerm stores for families, so the demo parent reads the snapshot like any parent.
  await storeResults(tx, yearId, [publishedClassId], [Term.S1]);
}
