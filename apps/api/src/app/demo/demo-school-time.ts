import { type EntityManager } from 'typeorm';
import { FIXED_HOLIDAYS, NO_ROOM_SUBJECTS, WEEK_PERIODS, WEEKLY_HOURS } from '../../modules/seed/national-shape.js';
import { eligible, programmeRules, PROGRAMMES_SQL } from '../../modules/seed/support.js';
import { type Lesson, type Placed, scheduleWeek } from '../../modules/seed/week-schedule.js';
import { BOYS, FAMILIES, GIRLS } from './demo-people.js';

/**
 * School time and support in the demo school: a week's timetable for every class (S1 and S2,
 * placed without clashes by the national seed's scheduler), three weeks of roll calls before
 * the roll-call day with a few pupils absent or late, the demo family's absences (one
 * unjustified, one justified and ACCEPTED, one with a PENDING justification, a late), and the
 * year's school kits and remedial support for some pupils. Tayssir, for rural schools only, is
 * in the national slice's rural schools (modules/seed), with November's absences.
 *
 * The roll-call day (rollCallDay) is today, or the last school day before it (Saturday on a
 * Sunday, the term's last day in a break after it): the demo teacher has a mathematics lesson in
 * 1AC-1, the first demo child's class, every day from Monday to Saturday, and no roll call is
 * seeded on that day, so a journey can take it whatever the date.
 */

export interface DemoSchoolTime {
  schoolId: number;
  yearId: number;
  /** The demo classes in demo-seed's order: 1AC-1, 1AC-2, 2AC-1, 3AC-1. */
  classIds: number[];
  teacherId: number;
  guardianId: number;
}

/** Days of roll calls seeded before the roll-call day (three weeks of Monday–Saturday). */
const PAST_SCHOOL_DAYS = 18;

// Period indexes into WEEK_PERIODS: Monday–Friday have 8 (08:30 … 17:30), Saturday 4.
const at = (weekday: number, hour: number) => WEEK_PERIODS.findIndex((p) => p.weekday === weekday && p.startsAt === hour.toString().padStart(2, '0') + ':30');
/** The demo teacher's week: 1AC-1 every day (one more hour than the subject's usual 4), 1AC-2 four times. */
const TEACHER_WEEK: [classIndex: number, weekday: number, hour: number][] = [
  [0, 1, 8], [0, 2, 10], [0, 3, 8], [0, 4, 14], [0, 5, 9], [0, 6, 8],
  [1, 1, 10], [1, 2, 8], [1, 4, 8], [1, 5, 14],
];
/** English in 1AC-2 stays without a teacher: the start-of-year journey assigns one, then withdraws it. */
const UNASSIGNED: [classIndex: number, subject: string] = [1, 'EN'];
/** A tiny PNG standing for the photo of a medical certificate. */
const CERTIFICATE_PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64');

export async function insertSchoolTime(tx: EntityManager, d: DemoSchoolTime): Promise<void> {
  const accounts = await accountIds(tx);
  const lessons = await classLessons(tx, d);
  const slots = await insertTimetable(tx, d, lessons);
  const terms: { code: string; starts_on: string; ends_on: string }[] = await tx.query(
    `SELECT code, starts_on::text, ends_on::text FROM term WHERE school_year_id = $1 ORDER BY starts_on`, [d.yearId],
  );
  const day = rollCallDay(new Date(), terms);
  const past = pastSchoolDays(day, terms, PAST_SCHOOL_DAYS);
  if (slots === 0 || past.length === 0) return;
  await insertRollCalls(tx, d, past, accounts);
  const children = await familyChildren(tx, d.guardianId);
  await insertAbsences(tx, d, children);
  await insertFamilyAbsences(tx, d, children, past, accounts);
  await insertBeneficiaries(tx, d, children, accounts.director);
}

/**
 * The day a journey takes the roll call on: today when it is a school day (Monday–Saturday)
 * within a term, else the last such day before it; the first day of the year when today is
 * before it (a roll call in the future is refused: nothing to take then).
 */
export function rollCallDay(today: Date, terms: { starts_on: string; ends_on: string }[]): string {
  let t = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
  const first = terms[0]?.starts_on ?? iso(t);
  for (; iso(t) >= first; t -= DAY_MS) if (isSchoolDay(iso(t), terms)) return iso(t);
  return first;
}

const DAY_MS = 86_400_000;
const iso = (t: number) => new Date(t).toISOString().slice(0, 10);
const isoWeekday = (date: string) => new Date(`${date}T00:00:00Z`).getUTCDay() || 7;
const isSchoolDay = (date: string, terms: { starts_on: string; ends_on: string }[]) =>
  isoWeekday(date) !== 7 && !FIXED_HOLIDAYS.has(date.slice(5)) && terms.some((term) => date >= term.starts_on && date <= term.ends_on);

/** The `count` school days before `day` (oldest first), within the year's terms. */
function pastSchoolDays(day: string, terms: { starts_on: string; ends_on: string }[], count: number): string[] {
  const days: string[] = [];
  for (let t = Date.parse(`${day}T00:00:00Z`) - DAY_MS; days.length < count && iso(t) >= (terms[0]?.starts_on ?? day); t -= DAY_MS) {
    if (isSchoolDay(iso(t), terms)) days.unshift(iso(t));
  }
  return days;
}

async function accountIds(tx: EntityManager) {
  const rows: { email: string; id: number }[] = await tx.query(
    `SELECT email, id FROM account WHERE email IN ('directeur@demo.massar.ma', 'secretariat@demo.massar.ma', 'enseignant@demo.massar.ma', 'parent@demo.massar.ma')`,
  );
  const id = (email: string) => rows.find((r) => r.email === email)!.id;
  return {
    director: id('directeur@demo.massar.ma'), secretary: id('secretariat@demo.massar.ma'),
    teacher: id('enseignant@demo.massar.ma'), parent: id('parent@demo.massar.ma'),
  };
}
type Accounts = Awaited<ReturnType<typeof accountIds>>;

interface ClassSubject {
  classIndex: number;
  subjectId: number;
  code: string;
  teacherId: number | null;
}

/**
 * Every subject of every demo class with its teacher: the demo teacher's mathematics, one
 * colleague per subject elsewhere (given the teaching assignment), English in 1AC-2 unassigned.
 */
async function classLessons(tx: EntityManager, d: DemoSchoolTime): Promise<ClassSubject[]> {
  const rows: { class_id: number; subject_id: number; code: string; teacher_id: number | null }[] = await tx.query(
    `SELECT DISTINCT c.id AS class_id, su.id AS subject_id, su.code, a.teacher_id
     FROM school_class c JOIN subject_coefficient sc ON sc.level_id = c.level_id AND sc.stream_id IS NULL
     JOIN subject su ON su.id = sc.subject_id
     LEFT JOIN teaching_assignment a ON a.class_id = c.id AND a.subject_id = su.id
     WHERE c.id = ANY ($1) ORDER BY c.id, su.id`,
    [d.classIds],
  );
  const subjects = rows.map((r) => ({ classIndex: d.classIds.indexOf(r.class_id), subjectId: r.subject_id, code: r.code, teacherId: r.teacher_id }));
  const colleagues = new Map<string, number>();
  for (const s of subjects) {
    if (s.teacherId !== null || (s.classIndex === UNASSIGNED[0] && s.code === UNASSIGNED[1])) continue;
    if (!colleagues.has(s.code)) colleagues.set(s.code, await insertTeacher(tx, d.schoolId, colleagues.size));
    s.teacherId = colleagues.get(s.code)!;
    await tx.query('INSERT INTO teaching_assignment (school_id, class_id, subject_id, teacher_id) VALUES ($1, $2, $3, $4)', [
      d.schoolId, d.classIds[s.classIndex], s.subjectId, s.teacherId,
    ]);
  }
  return subjects;
}

async function insertTeacher(tx: EntityManager, schoolId: number, n: number): Promise<number> {
  const [first, firstAr] = (n % 2 === 0 ? BOYS : GIRLS)[(n * 5 + 2) % 16];
  const [last, lastAr] = FAMILIES[(n * 7 + 4) % FAMILIES.length];
  const [row] = await tx.query(
    `INSERT INTO staff_member (school_id, first_name, last_name, first_name_ar, last_name_ar, position) VALUES ($1, $2, $3, $4, $5, 'TEACHER') RETURNING id`,
    [schoolId, first, last, firstAr, lastAr],
  );
  return row.id;
}

/** The week, placed around the demo teacher's lessons, written for S1 and S2; returns the slots written. */
async function insertTimetable(tx: EntityManager, d: DemoSchoolTime, subjects: ClassSubject[]): Promise<number> {
  const math = subjects.find((s) => s.code === 'MATH')!.subjectId;
  const pinned: Placed[] = TEACHER_WEEK.map(([classIndex, weekday, hour]) => ({ classIndex, period: at(weekday, hour), subjectId: math, teacherId: d.teacherId }));
  const lessons: Lesson[] = subjects
    .filter((s) => !(s.teacherId === d.teacherId && s.subjectId === math))
    .map((s) => ({ classIndex: s.classIndex, subjectId: s.subjectId, teacherId: s.teacherId, hours: WEEKLY_HOURS.MIDDLE[s.code] ?? 1 }));
  const week = scheduleWeek(d.classIds.length, lessons, WEEK_PERIODS, pinned);
  const codeOf = new Map(subjects.map((s) => [s.subjectId, s.code]));
  const rows = ['S1', 'S2'].flatMap((term) => week.placed.map((x) => ({ ...x, term, p: WEEK_PERIODS[x.period] })));
  await tx.query(
    `INSERT INTO timetable_slot (school_id, school_year_id, term, class_id, subject_id, teacher_id, room, weekday, starts_at, ends_at)
     SELECT $1, $2, r.term, r.class_id, r.subject_id, r.teacher_id, r.room, r.weekday, r.starts_at::time, r.ends_at::time
     FROM unnest($3::text[], $4::int[], $5::int[], $6::int[], $7::text[], $8::int[], $9::text[], $10::text[])
          AS r(term, class_id, subject_id, teacher_id, room, weekday, starts_at, ends_at)`,
    [
      d.schoolId, d.yearId, rows.map((r) => r.term), rows.map((r) => d.classIds[r.classIndex]), rows.map((r) => r.subjectId), rows.map((r) => r.teacherId),
      rows.map((r) => (NO_ROOM_SUBJECTS.has(codeOf.get(r.subjectId)!) ? null : `Salle ${r.classIndex + 1}`)),
      rows.map((r) => r.p.weekday), rows.map((r) => r.p.startsAt), rows.map((r) => r.p.endsAt),
    ],
  );
  return rows.length;
}

/** Every slot's roll call on each past day of its weekday and term, by its teacher (the office for colleagues without an account). */
async function insertRollCalls(tx: EntityManager, d: DemoSchoolTime, days: string[], a: Accounts) {
  await tx.query(
    `INSERT INTO roll_call (school_id, school_year_id, term, slot_id, class_id, subject_id, held_on, minutes, recorded_by, recorded_at)
     SELECT t.school_id, t.school_year_id, t.term, t.id, t.class_id, t.subject_id, day, extract(epoch FROM t.ends_at - t.starts_at) / 60,
            CASE WHEN t.teacher_id = $3 THEN $4::int ELSE $5::int END, (day + t.starts_at + interval '10 minutes') AT TIME ZONE 'Africa/Casablanca'
     FROM timetable_slot t
     JOIN unnest($2::date[]) AS day ON extract(isodow FROM day) = t.weekday
     JOIN term tm ON tm.school_year_id = t.school_year_id AND tm.code = t.term AND day BETWEEN tm.starts_on AND tm.ends_on
     WHERE t.school_id = $1 AND t.school_year_id = $6`,
    [d.schoolId, days, d.teacherId, a.teacher, a.secretary, d.yearId],
  );
}

async function familyChildren(tx: EntityManager, guardianId: number): Promise<number[]> {
  const rows: { id: string }[] = await tx.query(
    `SELECT sg.student_id AS id FROM student_guardian sg JOIN enrolment e ON e.student_id = sg.student_id
     JOIN school_class c ON c.id = e.class_id WHERE sg.guardian_id = $1 ORDER BY c.name`,
    [guardianId],
  );
  return rows.map((r) => Number(r.id));
}

/**
 * The other pupils' absences: most never absent; a quarter miss a day now and then; a few
 * often (about one day in four); a few arrive late for the day's first lesson. Hashes of the
 * pupil and the day, so the demo is the same every time.
 */
async function insertAbsences(tx: EntityManager, d: DemoSchoolTime, family: number[]) {
  await tx.query(
    `WITH pupil AS (
       SELECT e.student_id, e.class_id, abs(hashtext('absent:' || e.student_id)) % 100 AS kind
       FROM enrolment e WHERE e.school_id = $1 AND e.school_year_id = $2 AND NOT e.student_id = ANY ($3::bigint[])
     ), pupil_day AS (
       SELECT p.student_id, p.class_id, r.held_on,
              CASE WHEN p.kind < 6 THEN 25 WHEN p.kind < 30 THEN 4 ELSE 0 END > abs(hashtext('d:' || p.student_id || ':' || r.held_on)) % 100 AS absent,
              abs(hashtext('l:' || p.student_id || ':' || r.held_on)) % 100 < 2 AS late
       FROM pupil p JOIN (SELECT DISTINCT class_id, held_on FROM roll_call WHERE school_id = $1 AND school_year_id = $2) r ON r.class_id = p.class_id
     ), marked AS (
       SELECT r.id AS roll_call_id, r.school_id, r.school_year_id, r.term, r.held_on, r.minutes, x.student_id,
              NOT x.absent AS late, row_number() OVER (PARTITION BY x.student_id, x.held_on ORDER BY r.starts) AS nth
       FROM pupil_day x
       JOIN (SELECT rc.*, t.starts_at AS starts FROM roll_call rc JOIN timetable_slot t ON t.id = rc.slot_id AND t.school_year_id = rc.school_year_id) r
         ON r.class_id = x.class_id AND r.held_on = x.held_on AND r.school_year_id = $2
       WHERE x.absent OR x.late
     )
     INSERT INTO absence_record (school_id, school_year_id, term, roll_call_id, student_id, held_on, late, minutes)
     SELECT school_id, school_year_id, term, roll_call_id, student_id, held_on, late,
            CASE WHEN late THEN 5 + abs(hashtext('late:' || student_id || ':' || held_on)) % 20 ELSE minutes END
     FROM marked WHERE NOT late OR nth = 1`,
    [d.schoolId, d.yearId, family],
  );
}

/**
 * The demo family's recent weeks. First child (1AC-1): a whole day absent with a medical
 * certificate the office ACCEPTED, a morning absent without justification, late once. Second
 * child (3AC-1): a day away with a justification still PENDING (the secretariat's inbox), and
 * an afternoon unjustified.
 */
async function insertFamilyAbsences(tx: EntityManager, d: DemoSchoolTime, [first, second]: number[], days: string[], a: Accounts) {
  const back = (n: number) => days[Math.max(0, days.length - n)];
  const absent = async (studentId: number, day: string, part: 'DAY' | 'MORNING' | 'AFTERNOON' | 'LATE'): Promise<number> => {
    const rows = await tx.query(
      `INSERT INTO absence_record (school_id, school_year_id, term, roll_call_id, student_id, held_on, late, minutes)
       SELECT r.school_id, r.school_year_id, r.term, r.id, $2, r.held_on, $4 = 'LATE', CASE WHEN $4 = 'LATE' THEN 10 ELSE r.minutes END
       FROM roll_call r JOIN enrolment e ON e.class_id = r.class_id AND e.student_id = $2 JOIN timetable_slot t ON t.id = r.slot_id
       WHERE r.held_on = $3 AND r.school_year_id = $1
         AND CASE $4 WHEN 'MORNING' THEN t.starts_at < '13:00' WHEN 'AFTERNOON' THEN t.starts_at >= '13:00' ELSE true END
       ORDER BY t.starts_at LIMIT CASE WHEN $4 = 'LATE' THEN 1 END
       ON CONFLICT DO NOTHING RETURNING id`,
      [d.yearId, studentId, day, part],
    );
    return rows.length;
  };
  const justify = async (studentId: number, day: string, reason: string, note: string, status: 'ACCEPTED' | 'PENDING') => {
    const [j] = await tx.query(
      `INSERT INTO absence_justification (school_id, student_id, reason, note, status, submitted_by, submitted_at, decided_by, decided_at)
       VALUES ($1, $2, $3, $4, $5, $6, ($7::date + time '19:30') AT TIME ZONE 'Africa/Casablanca',
               CASE WHEN $5 = 'ACCEPTED' THEN $8::int END,
               CASE WHEN $5 = 'ACCEPTED' THEN ($7::date + 1 + time '10:15') AT TIME ZONE 'Africa/Casablanca' END)
       RETURNING id`,
      [d.schoolId, studentId, reason, note, status, a.parent, day, a.secretary],
    );
    await tx.query('UPDATE absence_record SET justification_id = $1 WHERE student_id = $2 AND held_on = $3 AND school_year_id = $4', [j.id, studentId, day, d.yearId]);
    return j.id as number;
  };
  if (first && (await absent(first, back(12), 'DAY'))) {
    const id = await justify(first, back(12), 'ILLNESS', 'Angine, trois jours de repos : certificat médical joint.', 'ACCEPTED');
    await tx.query(
      `INSERT INTO absence_justification_attachment (justification_id, content_type, byte_size, content) VALUES ($1, 'image/png', $2, $3)`,
      [id, CERTIFICATE_PNG.length, CERTIFICATE_PNG],
    );
  }
  if (first) {
    await absent(first, back(5), 'MORNING');
    await absent(first, back(2), 'LATE');
  }
  if (second && (await absent(second, back(3), 'DAY'))) {
    await justify(second, back(3), 'FAMILY', 'Décès de son grand-père à Fès : nous étions en famille.', 'PENDING');
  }
  if (second) await absent(second, back(8), 'DAY');
}

/** School kits for about a third of the pupils (the first demo child among them), remedial support for a few (the second). */
async function insertBeneficiaries(tx: EntityManager, d: DemoSchoolTime, [first, second]: number[], directorAccountId: number) {
  const [school] = await tx.query('SELECT milieu FROM school WHERE id = $1', [d.schoolId]);
  const levels: { id: number; code: string; cycle: 'MIDDLE' }[] = await tx.query(`SELECT id, code, cycle FROM level WHERE cycle = 'MIDDLE'`);
  const picks: [code: string, modulo: number, child: number | undefined][] = [['SCHOOL_KITS', 3, first], ['REMEDIAL', 9, second]];
  for (const programme of programmeRules(await tx.query(PROGRAMMES_SQL))) {
    const pick = picks.find(([code]) => code === programme.code);
    if (!pick) continue;
    const allowed = levels.filter((l) => eligible(programme, school.milieu, { ...l, index: 0 })).map((l) => l.id);
    await tx.query(
      `INSERT INTO support_beneficiary (programme_id, school_year_id, student_id, school_id, level_id, added_by, added_at)
       SELECT $1, e.school_year_id, e.student_id, e.school_id, c.level_id, $6, y.starts_on + time '09:00'
       FROM enrolment e JOIN school_class c ON c.id = e.class_id JOIN school_year y ON y.id = e.school_year_id
       WHERE e.school_id = $2 AND e.school_year_id = $3 AND c.level_id = ANY ($4::int[])
         AND (abs(hashtext('support:' || e.student_id)) % $5 = 0 OR e.student_id = $7)`,
      [programme.id, d.schoolId, d.yearId, allowed, pick[1], directorAccountId, pick[2] ?? null],
    );
  }
}
