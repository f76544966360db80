import { type DataSource } from 'typeorm';
import { type AccountScopeIds, grantsFor } from '../core/auth/grants.js';
import { Role, type Viewer } from '../core/auth/viewer.js';
import { nextCodeMassar } from '../modules/people/code-massar.js';
import { ensureSchoolYear } from '../modules/schooling/school-year.service.js';

/**
 * Builders for the rows a test needs, each with defaults and overrides; every test creates its
 * own data (STYLE.md "Factories").
 */
export function factories(db: DataSource) {
  let n = 0;
  const next = () => ++n;

  async function year(name = '2025-2026'): Promise<number> {
    const [found] = await db.query('SELECT id FROM school_year WHERE name = $1', [name]);
    return found ? found.id : (await ensureSchoolYear(db, name)).id;
  }

  async function school(o: { provinceCode?: string; code?: string } = {}): Promise<{ id: number; code: string; provinceId: number; regionId: number }> {
    const code = o.code ?? `T${String(next()).padStart(5, '0')}X`;
    const [row] = await db.query(
      `INSERT INTO school (code, name_fr, name_ar, cycles, sector, milieu, province_id, capacity)
       SELECT $1, 'École ' || $1, 'مدرسة ' || $1, ARRAY['MIDDLE'], 'PUBLIC', 'URBAN', id, 1000 FROM province WHERE code = $2
       RETURNING id, province_id`,
      [code, o.provinceCode ?? '06.141'],
    );
    const [p] = await db.query('SELECT region_id FROM province WHERE id = $1', [row.province_id]);
    return { id: row.id, code, provinceId: row.province_id, regionId: p.region_id };
  }

  async function schoolClass(schoolId: number, o: { name?: string; level?: string; stream?: string; year?: string; capacity?: number } = {}): Promise<number> {
    const [row] = await db.query(
      `INSERT INTO school_class (school_id, school_year_id, level_id, stream_id, name, capacity)
       SELECT $1, $2, l.id, s.id, $3, $4 FROM level l LEFT JOIN stream s ON s.level_id = l.id AND s.code = $6
       WHERE l.code = $5 AND ($6::text IS NULL OR s.id IS NOT NULL) RETURNING id`,
      [schoolId, await year(o.year), o.name ?? `1AC-${next()}`, o.capacity ?? 45, o.level ?? '1AC', o.stream ?? null],
    );
    if (!row) throw new Error(`no level ${o.level} with stream ${o.stream}`);
    return row.id;
  }

  async function student(o: { classId?: number; lastName?: string } = {}): Promise<{ id: number; code: string }> {
    const code = await nextCodeMassar(db, 6);
    const i = next();
    const [row] = await db.query(
      `INSERT INTO student (code_massar, first_name, last_name, first_name_ar, last_name_ar, birth_date, birth_place, gender)
       VALUES ($1, $2, $3, 'سلمى', 'العلوي', '2013-05-04', 'Casablanca', 'F') RETURNING id`,
      [code, `Salma${i}`, o.lastName ?? `Alaoui${i}`],
    );
    if (o.classId) await enrol(Number(row.id), o.classId);
    return { id: Number(row.id), code };
  }

  async function enrol(studentId: number, classId: number): Promise<void> {
    await db.query(
      `INSERT INTO enrolment (student_id, school_id, class_id, school_year_id) SELECT $1, school_id, id, school_year_id FROM school_class WHERE id = $2`,
      [studentId, classId],
    );
  }

  async function guardian(studentIds: number[], relationship = 'MOTHER'): Promise<number> {
    const [row] = await db.query(
      `INSERT INTO guardian (first_name, last_name, first_name_ar, last_name_ar, phone) VALUES ('Amina', 'Alaoui', 'أمينة', 'العلوي', '0611223344') RETURNING id`,
    );
    for (const s of studentIds) await db.query('INSERT INTO student_guardian VALUES ($1, $2, $3)', [s, row.id, relationship]);
    return Number(row.id);
  }

  async function teacher(schoolId: number, assignments: { classId: number; subject?: string }[] = []): Promise<number> {
    const [row] = await db.query(
      `INSERT INTO staff_member (school_id, first_name, last_name, first_name_ar, last_name_ar, position) VALUES ($1, 'Samir', 'Idrissi', 'سمير', 'الإدريسي', 'TEACHER') RETURNING id`,
      [schoolId],
    );
    for (const a of assignments) {
      await db.query(
        `INSERT INTO teaching_assignment (school_id, class_id, subject_id, teacher_id) SELECT $1, $2, id, $3 FROM subject WHERE code = $4`,
        [schoolId, a.classId, row.id, a.subject ?? 'MATH'],
      );
    }
    return row.id;
  }

  return { year, school, schoolClass, student, enrol, guardian, teacher };
}

/** A viewer as the session would build it, without an account row (scope ids only). */
export function viewer(role: Role, scope: Partial<AccountScopeIds & Pick<Viewer, 'accountId' | 'displayName'>> = {}): Viewer {
  const ids = { regionId: null, provinceId: null, schoolId: null, staffMemberId: null, guardianId: null, studentId: null, ...scope };
  return { accountId: scope.accountId ?? 0, displayName: scope.displayName ?? `Test ${role}`, email: null, role, grants: grantsFor(role, ids) };
}

export { Role };
