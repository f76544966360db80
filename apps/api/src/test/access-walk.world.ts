import { toGlobalId } from '../core/graphql/node.js';
import { factories, Role, viewer } from './factories.js';
import { type TestApi } from './graphql.js';

// The two worlds of the access walk. World IN: school A (region 06, province 06.141), its class
// A1 taught by the teacher, the child (whose parent is the PARENT and who is the PUPIL), a
// classmate, S1 published, S2 open. World OUT: school B (region 04) with its class, teacher,
// pupils, guardian and grades, plus inside A a class A2 the teacher does not teach. Every pupil and
// guardian has unique names and phone, every grade a distinctive value, so that a leaf of an
// answer says which row it came from.

/** A row of the worlds, with what tells whether a role may see it (`isOut`) and the values that betray it. */
export interface Row {
  type: string; label: string; id: number; gid: string;
  key?: string; search?: string;
  school?: 'A' | 'B'; cls?: 'A1' | 'A2' | 'B1';
  /** A pupil's identity or results: a pupil, a guardian, an enrolment, a grade. */
  identity?: boolean;
  /** The child's own (the PARENT's child, the PUPIL). */
  own?: boolean;
  /** A grade's term is published. */
  published?: boolean;
  /** Tells apart rows alike by the tags above (a region of either world, an assessment's term). */
  group?: string;
  texts: string[]; numbers: number[];
}

export const ROLES = ['MINISTRY', 'REGION', 'PROVINCE', 'DIRECTOR', 'STAFF', 'TEACHER', 'PARENT', 'PUPIL'] as const;
export type RoleName = (typeof ROLES)[number];
const TERRITORIAL: string[] = ['MINISTRY', 'REGION', 'PROVINCE'];
const FAMILY: string[] = ['PARENT', 'PUPIL'];

/** DESIGN "Who may see what", as the walk checks it. */
export function isOut(role: RoleName, r: Row): boolean {
  if (TERRITORIAL.includes(role) && r.identity) return true; // aggregates only: no pupil's identity
  if (r.school === 'B' && role !== 'MINISTRY') return true; // another school, outside the territory
  if ((role === 'TEACHER' || FAMILY.includes(role)) && r.cls === 'A2') return true; // not taught, not the child's
  if (FAMILY.includes(role) && r.identity && !r.own) return true; // other families
  if (FAMILY.includes(role) && r.published === false) return true; // results not published
  return false;
}

/** One row of each kind of case: rows with the same tags answer alike, so the walk asks one of them. */
export function distinct(rows: Row[]): Row[] {
  const seen = new Set<string>();
  return rows.filter((r) => {
    const tags = JSON.stringify([r.type, r.school, r.cls, r.own, r.published, r.group]);
    return !seen.has(tags) && !!seen.add(tags);
  });
}

/** May write nothing on it: outside the scope, or any school row for a territorial role (they read). */
export const isWriteTarget = (role: RoleName, r: Row) => isOut(role, r) || (TERRITORIAL.includes(role) && r.school === 'B');

/** A value naming no row: the answer for an OUT row must be the same as for this one. */
export function missing(kind: string, byKey: boolean): string {
  if (byKey) return kind === 'Student' ? 'F999999999' : 'T99999X';
  return toGlobalId(kind, 99_999_999);
}

export type World = Awaited<ReturnType<typeof buildWorld>>;

export async function buildWorld(api: TestApi) {
  const f = factories(api.db);
  const rows: Row[] = [];
  const add = (r: Omit<Row, 'gid' | 'texts' | 'numbers'> & Partial<Row>): Row => {
    const row = { gid: toGlobalId(r.type, r.id), texts: [], numbers: [], ...r };
    rows.push(row);
    return row;
  };

  const A = await f.school({ provinceCode: '06.141' });
  const B = await f.school({ provinceCode: '04.421' });
  const schoolA = add({ type: 'School', label: 'school A', id: A.id, key: A.code, search: `École ${A.code}`, school: 'A' });
  add({ type: 'School', label: 'school B', id: B.id, key: B.code, search: `École ${B.code}`, school: 'B', texts: [B.code] });
  for (const s of [A, B]) {
    add({ type: 'Region', label: `region of ${s.code}`, id: s.regionId, group: s.code });
    add({ type: 'Province', label: `province of ${s.code}`, id: s.provinceId, group: s.code });
  }
  const classOf = async (school: typeof A, cls: 'A1' | 'A2' | 'B1') =>
    add({ type: 'SchoolClass', label: `class ${cls}`, id: await f.schoolClass(school.id, { name: `1AC-${cls}` }), school: cls === 'B1' ? 'B' : 'A', cls });
  const [A1, A2, B1] = [await classOf(A, 'A1'), await classOf(A, 'A2'), await classOf(B, 'B1')];

  async function pupil(tag: string, cls: Row, own = false): Promise<Row> {
    const s = await f.student({ classId: cls.id });
    const names = [`Fn${tag}`, `Ln${tag}`, `FnAr${tag}`, `LnAr${tag}`];
    await api.db.query('UPDATE student SET first_name = $2, last_name = $3, first_name_ar = $4, last_name_ar = $5 WHERE id = $1', [s.id, ...names]);
    return add({ type: 'Student', label: `pupil ${tag}`, id: s.id, key: s.code, search: s.code, school: cls.school, cls: cls.cls, identity: true, own, texts: [s.code, ...names] });
  }
  const child = await pupil('Child', A1, true);
  const mate = await pupil('Mate', A1);
  const untaught = await pupil('Untaught', A2);
  const aside = await pupil('Aside', A2);
  const [bOne, bTwo] = [await pupil('Bone', B1), await pupil('Btwo', B1)];

  let phone = 0;
  async function guardian(tag: string, children: Row[]): Promise<number> {
    const id = await f.guardian(children.map((c) => c.id));
    const values = [`Gfn${tag}`, `Gln${tag}`, `GfnAr${tag}`, `GlnAr${tag}`, `060000000${++phone}`];
    await api.db.query('UPDATE guardian SET first_name = $2, last_name = $3, first_name_ar = $4, last_name_ar = $5, phone = $6 WHERE id = $1', [id, ...values]);
    const [c] = children;
    add({ type: 'Guardian', label: `guardian ${tag}`, id, school: c.school, cls: c.cls, identity: true, own: c.own, texts: values });
    return id;
  }
  const guardianId = await guardian('Child', [child]);
  const mateGuardian = await guardian('Mate', [mate]);
  await guardian('Untaught', [untaught, aside]);
  await guardian('B', [bOne, bTwo]);

  // School B registered its pupil Btwo with the classmate's guardian: a link waiting for that parent.
  await api.db.query(`INSERT INTO student_guardian (student_id, guardian_id, relationship, school_id, confirmed_at) VALUES ($1, $2, 'MOTHER', $3, NULL)`, [bTwo.id, mateGuardian, B.id]);
  add({ type: 'PendingChildLink', label: 'pending link of pupil Btwo', id: bTwo.id, school: 'B', cls: 'B1', identity: true });

  const teacherId = await f.teacher(A.id, [{ classId: A1.id }]);
  add({ type: 'StaffMember', label: 'teacher of A1', id: teacherId, school: 'A' });
  add({ type: 'StaffMember', label: 'teacher of A2', id: await f.teacher(A.id, [{ classId: A2.id }]), school: 'A' });
  add({ type: 'StaffMember', label: 'teacher of B1', id: await f.teacher(B.id, [{ classId: B1.id }]), school: 'B' });

  // A timetable slot per class, by its assigned teacher; the room names its class. Tagged as
  // identity rows: territorial roles read no slot, families only their child's class's.
  for (const cls of [A1, A2, B1]) {
    const [slot] = await api.db.query(
      `INSERT INTO timetable_slot (school_id, school_year_id, term, class_id, subject_id, teacher_id, room, weekday, starts_at, ends_at)
       SELECT c.school_id, c.school_year_id, 'S1', c.id, ta.subject_id, ta.teacher_id, $2, 1, '08:00', '09:00'
       FROM school_class c JOIN teaching_assignment ta ON ta.class_id = c.id WHERE c.id = $1 RETURNING id`,
      [cls.id, `Salle-${cls.cls}`],
    );
    add({ type: 'TimetableSlot', label: `slot of class ${cls.cls}`, id: Number(slot.id), school: cls.school, cls: cls.cls, identity: true, own: cls.cls === 'A1', texts: [`Salle-${cls.cls}`] });
  }

  // Absences at a roll call of each class's slot (Monday 2025-11-17): the child's and a classmate's
  // in A1, a pupil's of A2, one of B; the child's and B's with a justification (the child's with a
  // PNG attachment), each note a marker of its row.
  const absenceOf = new Map<Row, number>();
  for (const [p, cls] of [[child, A1], [mate, A1], [untaught, A2], [bOne, B1]] as const) {
    const [a] = await api.db.query(
      `WITH rc AS (
         INSERT INTO roll_call (school_id, school_year_id, term, slot_id, class_id, subject_id, held_on, minutes)
         SELECT s.school_id, s.school_year_id, s.term, s.id, s.class_id, s.subject_id, '2025-11-17', 60 FROM timetable_slot s WHERE s.class_id = $1
         ON CONFLICT (slot_id, held_on, school_year_id) DO UPDATE SET recorded_at = now() RETURNING id, school_id, school_year_id, term)
       INSERT INTO absence_record (school_id, school_year_id, term, roll_call_id, student_id, held_on, minutes)
       SELECT rc.school_id, rc.school_year_id, rc.term, rc.id, $2, '2025-11-17', 60 FROM rc RETURNING id`,
      [cls.id, p.id],
    );
    absenceOf.set(p, Number(a.id));
    add({ type: 'AbsenceRecord', label: `absence of ${p.label}`, id: Number(a.id), school: p.school, cls: p.cls, identity: true, own: p.own });
  }
  for (const [p, note] of [[child, 'NoteChild'], [bOne, 'NoteBone']] as const) {
    const [j] = await api.db.query(
      `INSERT INTO absence_justification (school_id, student_id, reason, note, submitted_by) SELECT school_id, student_id, 'ILLNESS', $2, 0
       FROM absence_record WHERE id = $1 RETURNING id`,
      [absenceOf.get(p), note],
    );
    await api.db.query('UPDATE absence_record SET justification_id = $1 WHERE id = $2', [j.id, absenceOf.get(p)]);
    await api.db.query(
      `INSERT INTO absence_justification_attachment (justification_id, content_type, byte_size, content) VALUES ($1, 'image/png', 9, '\\x89504e470d0a1a0a00')`,
      [j.id],
    );
    add({ type: 'Justification', label: `justification of ${p.label}`, id: Number(j.id), school: p.school, cls: p.cls, identity: true, own: p.own, texts: [note] });
  }

  // Beneficiaries of a support programme: the child and a classmate in A1, a pupil of A2, one of B.
  for (const p of [child, mate, untaught, bOne]) {
    const [b] = await api.db.query(
      `INSERT INTO support_beneficiary (programme_id, school_year_id, student_id, school_id, level_id)
       SELECT sp.id, e.school_year_id, e.student_id, e.school_id, c.level_id FROM enrolment e JOIN school_class c ON c.id = e.class_id, support_programme sp
       WHERE e.student_id = $1 AND sp.code = 'REMEDIAL' RETURNING id`,
      [p.id],
    );
    add({ type: 'Beneficiary', label: `beneficiary ${p.label}`, id: Number(b.id), school: p.school, cls: p.cls, identity: true, own: p.own });
  }

  const pupils = rows.filter((r) => r.type === 'Student');
  for (const e of await api.db.query('SELECT id, student_id FROM enrolment')) {
    const p = pupils.find((r) => r.id === Number(e.student_id))!;
    add({ type: 'Enrolment', label: `enrolment of ${p.label}`, id: Number(e.id), school: p.school, cls: p.cls, identity: true, own: p.own });
  }

  /** One MATH test of a class in a term, with its grades (each a marker of its pupil). */
  async function marks(cls: Row, term: 'S1' | 'S2', values: [Row, number][]): Promise<Row> {
    const [row] = await api.db.query(
      `INSERT INTO assessment (school_id, class_id, subject_id, school_year_id, term, kind, number, held_on)
       SELECT c.school_id, c.id, su.id, c.school_year_id, $2, 'CONTINUOUS', 1, $3 FROM school_class c, subject su WHERE c.id = $1 AND su.code = 'MATH' RETURNING id`,
      [cls.id, term, term === 'S1' ? '2025-11-03' : '2026-03-09'],
    );
    await api.db.query(
      `INSERT INTO grade (school_id, school_year_id, assessment_id, student_id, value)
       SELECT school_id, school_year_id, id, unnest($2::bigint[]), unnest($3::numeric[]) FROM assessment WHERE id = $1`,
      [row.id, values.map(([p]) => p.id), values.map(([, v]) => v)],
    );
    const published = term === 'S1' && cls.cls !== 'A2';
    for (const [p, v] of values) {
      add({ type: 'Grade', label: `grade of ${p.label} ${cls.cls}-${term}`, id: 0, school: p.school, cls: p.cls, identity: true, own: p.own, published, numbers: [v] });
    }
    return add({ type: 'Assessment', label: `assessment ${cls.cls}-${term}`, id: Number(row.id), school: cls.school, cls: cls.cls, group: term });
  }
  await marks(A1, 'S1', [[child, 14.25], [mate, 11.55]]);
  const openA1 = await marks(A1, 'S2', [[child, 12.34], [mate, 10.05]]);
  await marks(A2, 'S1', [[untaught, 9.87], [aside, 8.64]]);
  await marks(B1, 'S1', [[bOne, 17.71], [bTwo, 16.66]]);
  await marks(B1, 'S2', [[bOne, 13.37], [bTwo, 12.21]]);

  // School B asked to transfer its pupil Btwo to another school of its province: a transfer outside A's reach.
  const B2 = await f.school({ provinceCode: '04.421' });
  await f.schoolClass(B2.id, { name: '1AC-B2' });
  const [{ id: bDirector }] = await api.db.query(`INSERT INTO account (email, password_hash, role, display_name, school_id) VALUES ('walk.b@test.invalid', '!', 'DIRECTOR', 'Director B', $1) RETURNING id`, [B.id]);
  const [transfer] = await api.db.query(
    `INSERT INTO transfer (student_id, from_school_id, to_school_id, school_year_id, reason, requested_by, requested_by_side, destination_approver)
     SELECT $1, $2, $3, c.school_year_id, 'Déménagement', $4, 'ORIGIN', 'SCHOOL' FROM school_class c WHERE c.id = $5 RETURNING id`,
    [bTwo.id, B.id, B2.id, bDirector, B1.id],
  );
  add({ type: 'Transfer', label: 'transfer of pupil Btwo', id: Number(transfer.id), school: 'B', cls: 'B1', identity: true });
  // Orientation deadlines of both schools: B's date betrays it.
  for (const [s, deadline] of [[A, '2026-05-15'], [B, '2026-05-29']] as const) {
    await api.db.query('INSERT INTO orientation_deadline (school_id, school_year_id, deadline) SELECT $1, c.school_year_id, $2 FROM school_class c WHERE c.school_id = $1 LIMIT 1', [s.id, deadline]);
  }
  add({ type: 'OrientationDeadline', label: 'orientation deadline of school B', id: 0, school: 'B', texts: ['2026-05-29'] });

  const directorOf = (s: typeof A) => viewer(Role.DIRECTOR, { schoolId: s.id });
  for (const [s, cls] of [[A, A1], [B, B1]] as const) {
    for (const step of ['lockTerm', 'publishTerm']) {
      const res = await api.exec(directorOf(s), `mutation($i: TermInput!) { ${step}(input: $i) }`, { i: { classId: cls.gid, term: 'S1' } });
      if (res.errors) throw new Error(`${step} ${cls.label}: ${res.errors[0].message}`);
    }
  }

  // Real grade sheets of every class × term, for the sheet upload mutations.
  const sheets = new Map<string, string>();
  for (const cls of [A1, A2, B1]) {
    for (const term of ['S1', 'S2']) {
      const res = await api.exec(directorOf(cls.school === 'A' ? A : B), 'query($c: ID!, $t: Term!) { gradeSheet(classId: $c, subjectCode: "MATH", term: $t) { base64 } }', { c: cls.gid, t: term });
      if (res.data?.gradeSheet) sheets.set(`${cls.gid}:${term}`, res.data.gradeSheet.base64);
    }
  }

  const viewers: Record<RoleName, ReturnType<typeof viewer>> = {
    MINISTRY: viewer(Role.MINISTRY),
    REGION: viewer(Role.REGION, { regionId: A.regionId }),
    PROVINCE: viewer(Role.PROVINCE, { provinceId: A.provinceId }),
    DIRECTOR: viewer(Role.DIRECTOR, { schoolId: A.id }),
    STAFF: viewer(Role.STAFF, { schoolId: A.id }),
    TEACHER: viewer(Role.TEACHER, { schoolId: A.id, staffMemberId: teacherId }),
    PARENT: viewer(Role.PARENT, { guardianId }),
    PUPIL: viewer(Role.PUPIL, { studentId: child.id }),
  };
  // What a one-OUT-row mutation variant names for its other rows: the IN world's.
  const anchors: Record<string, Row> = { School: schoolA, SchoolClass: A1, Student: child, Assessment: openA1 };
  return { rows, viewers, anchors, sheets };
}
