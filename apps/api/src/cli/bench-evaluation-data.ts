import type pg from 'pg';

/** What the evaluation benchmark measures on, written into the seeded database. */
export interface EvaluationData {
  yearId: number;
  /** The class whose term results are timed, and where recordGrades writes (45 pupils if any). */
  target: { classId: number; schoolCode: string; pupils: number; subjects: number; assessments: number };
  /** The school of about 1,500 pupils whose classes' results are timed together. */
  school: { code: string; pupils: number; classes: number; grades: number };
  /** The S2 assessment recordGrades writes, its teacher, and the class's codes Massar. */
  record: { assessmentId: number; subjectCode: string; teacherId: number; codes: string[] };
  /** Classes with S1 grades, published: where the portal's parents are picked. */
  sampleClasses: number;
  classes: number;
  assessments: number;
  grades: number;
  ms: number;
}

export const SCHOOL_PUPILS = 1500;
export const CLASS_PUPILS = 45;
export const CLASS_SUBJECTS = 10;

// The term's assessments of every subject: 3 tests and the "activités intégrées" mark (4 marks).
const KINDS = `(VALUES ('CONTINUOUS', 1, 15), ('CONTINUOUS', 2, 40), ('CONTINUOUS', 3, 70), ('INTEGRATED_ACTIVITY', 1, 100)) AS k(kind, number, day)`;

// Subjects of a class that have a continuous-assessment coefficient (the ones its term results
// average) and a teacher: the class × subjects a teacher would create assessments for.
const CLASS_SUBJECTS_SQL = `
  SELECT ta.class_id, ta.subject_id, ta.teacher_id FROM teaching_assignment ta
  JOIN school_class c ON c.id = ta.class_id
  JOIN school_year y ON y.id = c.school_year_id
  JOIN subject_coefficient_version sc ON sc.level_id = c.level_id AND sc.stream_id IS NOT DISTINCT FROM c.stream_id
    AND sc.subject_id = ta.subject_id AND sc.exam = 'CC' AND y.name >= sc.valid_from AND y.name < sc.valid_until`;

/**
 * Assessments and grades for a sample of classes, in a handful of set-based statements (no
 * per-row insert): the target class, every class of the school closest to 1,500 pupils, and
 * `sample` random classes. Their S1 is PUBLISHED (families may read it); one S2 assessment of the
 * target class stays OPEN for recordGrades. Marks are a deterministic function of ids and seed.
 */
export async function prepareEvaluationData(db: pg.ClientBase, year: string, seed: number, sample: number): Promise<EvaluationData> {
  const started = performance.now();
  const [{ id: yearId, s1, s2 }] = (
    await db.query(
      `SELECT y.id, s1.starts_on::text AS s1, s2.starts_on::text AS s2 FROM school_year y
       JOIN term s1 ON s1.school_year_id = y.id AND s1.code = 'S1' JOIN term s2 ON s2.school_year_id = y.id AND s2.code = 'S2'
       WHERE y.name = $1`,
      [year],
    )
  ).rows;
  await db.query('BEGIN');
  try {
    await db.query('SET LOCAL synchronous_commit = off');
    await db.query(`
      CREATE TEMP TABLE bench_class_subject (class_id integer, subject_id smallint, teacher_id integer) ON COMMIT DROP;
      CREATE TEMP TABLE bench_class_size (class_id integer, pupils integer) ON COMMIT DROP;
      CREATE TEMP TABLE bench_class (class_id integer PRIMARY KEY) ON COMMIT DROP`);
    await db.query(`INSERT INTO bench_class_subject ${CLASS_SUBJECTS_SQL} WHERE c.school_year_id = $1`, [yearId]);
    await db.query(
      `INSERT INTO bench_class_size SELECT class_id, count(*) FROM enrolment WHERE school_year_id = $1 AND status = 'ACTIVE' GROUP BY class_id`,
      [yearId],
    );
    const [school] = (
      await db.query(
        `SELECT c.school_id AS id, s.code, sum(z.pupils)::int AS pupils, count(*)::int AS classes
         FROM bench_class_size z JOIN school_class c ON c.id = z.class_id JOIN school s ON s.id = c.school_id
         GROUP BY c.school_id, s.code ORDER BY abs(sum(z.pupils) - $1), s.code LIMIT 1`,
        [SCHOOL_PUPILS],
      )
    ).rows;
    const [target] = (
      await db.query(
        `SELECT z.class_id, s.code AS school_code, z.pupils, n.subjects
         FROM bench_class_size z JOIN (SELECT class_id, count(*)::int AS subjects FROM bench_class_subject GROUP BY class_id) n USING (class_id)
         JOIN school_class c ON c.id = z.class_id JOIN school s ON s.id = c.school_id
         ORDER BY abs(z.pupils - $1), abs(n.subjects - $2), md5(z.class_id || ':' || $3::text) LIMIT 1`,
        [CLASS_PUPILS, CLASS_SUBJECTS, seed],
      )
    ).rows;
    await db.query(
      `INSERT INTO bench_class
       SELECT $1::int UNION SELECT id FROM school_class WHERE school_id = $2 AND school_year_id = $3
       UNION (SELECT class_id FROM (SELECT DISTINCT class_id FROM bench_class_subject) d ORDER BY md5(class_id || ':' || $4::text) LIMIT $5)`,
      [target.class_id, school.id, yearId, seed, sample],
    );
    const assessments = await db.query(
      `INSERT INTO assessment (school_id, class_id, subject_id, school_year_id, term, kind, number, held_on)
       SELECT c.school_id, c.id, cs.subject_id, $1, 'S1', k.kind, k.number, $2::date + k.day
       FROM bench_class b JOIN school_class c ON c.id = b.class_id JOIN bench_class_subject cs ON cs.class_id = c.id CROSS JOIN ${KINDS}`,
      [yearId, s1],
    );
    // A pupil's level (6 to 16) plus a test's noise (±4), to the quarter point; one mark in
    // 40 is an absence, one in 80 unjustified. hashint8 spreads ids; abs() on bigint cannot overflow.
    // Every row joins existing assessments and enrolments, so its foreign keys hold by
    // construction: their per-row checks are skipped for this statement (as the seed drops them).
    await db.query('SET LOCAL session_replication_role = replica');
    const grades = await db.query(
      `INSERT INTO grade (school_id, school_year_id, assessment_id, student_id, value, absence)
       SELECT a.school_id, a.school_year_id, a.id, e.student_id,
              CASE WHEN h % 40 <> 0 THEN least(20, greatest(0, round((6 + level + (h % 801 - 400) / 100.0) * 4) / 4)) END,
              CASE WHEN h % 80 = 0 THEN 'UNJUSTIFIED' WHEN h % 40 = 0 THEN 'JUSTIFIED' END
       FROM assessment a
       JOIN enrolment e ON e.class_id = a.class_id AND e.school_year_id = a.school_year_id AND e.status = 'ACTIVE'
       CROSS JOIN LATERAL (SELECT abs(hashint8(e.student_id * 1000003 + a.id * 7 + $2)::bigint) AS h,
                                  abs(hashint8(e.student_id + $2)::bigint) % 1001 / 100.0 AS level) x
       WHERE a.school_year_id = $1 AND a.term = 'S1'`,
      [yearId, seed],
    );
    await db.query('SET LOCAL session_replication_role = DEFAULT');
    // The trigger opened each class × term; the sample's S1 goes straight to PUBLISHED (the
    // results families read are stored afterwards, storePublished below).
    await db.query(`UPDATE term_status SET status = 'PUBLISHED', locked_at = now(), published_at = now() WHERE school_year_id = $1 AND term = 'S1'`, [yearId]);
    const [record] = (
      await db.query(
        `WITH ta AS (SELECT * FROM bench_class_subject WHERE class_id = $1 ORDER BY subject_id LIMIT 1)
         INSERT INTO assessment (school_id, class_id, subject_id, school_year_id, term, kind, number, held_on)
         SELECT c.school_id, c.id, ta.subject_id, $2, 'S2', 'CONTINUOUS', 1, $3::date + 14 FROM ta JOIN school_class c ON c.id = ta.class_id
         RETURNING id, subject_id`,
        [target.class_id, yearId, s2],
      )
    ).rows;
    const [{ teacher_id, code: subjectCode }] = (
      await db.query('SELECT ta.teacher_id, su.code FROM teaching_assignment ta JOIN subject su ON su.id = ta.subject_id WHERE ta.class_id = $1 AND ta.subject_id = $2', [
        target.class_id, record.subject_id,
      ])
    ).rows;
    const codes = (
      await db.query(
        `SELECT s.code_massar FROM enrolment e JOIN student s ON s.id = e.student_id
         WHERE e.class_id = $1 AND e.school_year_id = $2 AND e.status = 'ACTIVE' ORDER BY s.code_massar`,
        [target.class_id, yearId],
      )
    ).rows.map((r) => String(r.code_massar));
    const counts = (
      await db.query(
        `SELECT (SELECT count(*)::int FROM bench_class) AS classes,
                (SELECT count(*)::int FROM assessment WHERE class_id = $1 AND term = 'S1') AS target_assessments,
                (SELECT count(*)::int FROM grade WHERE school_id = $2 AND school_year_id = $3) AS school_grades`,
        [target.class_id, school.id, yearId],
      )
    ).rows[0];
    await db.query('COMMIT');
    // Settled as autovacuum leaves them in service (visibility map set: index-only scans).
    await db.query('VACUUM (ANALYZE) assessment, grade, term_status');
    return {
      yearId,
      target: { classId: target.class_id, schoolCode: target.school_code, pupils: target.pupils, subjects: target.subjects, assessments: counts.target_assessments },
      school: { code: school.code, pupils: school.pupils, classes: school.classes, grades: counts.school_grades },
      record: { assessmentId: Number(record.id), subjectCode, teacherId: teacher_id, codes },
      sampleClasses: sample,
      classes: counts.classes,
      assessments: assessments.rowCount ?? 0,
      grades: grades.rowCount ?? 0,
      ms: performance.now() - started,
    };
  } catch (error) {
    await db.query('ROLLBACK').catch(() => {});
    throw error;
  }
}

/** Runs `store` over the classes whose S1 is published, a few at a time (as publishTerm would, class by class). */
export async function storePublished(client: pg.ClientBase, yearId: number, store: (classIds: number[]) => Promise<void>): Promise<{ classes: number; ms: number }> {
  const started = performance.now();
  const ids: number[] = (
    await client.query(`SELECT class_id FROM term_status WHERE school_year_id = $1 AND term = 'S1' AND status = 'PUBLISHED' ORDER BY class_id`, [yearId])
  ).rows.map((r) => r.class_id);
  for (let i = 0; i < ids.length; i += 20) await store(ids.slice(i, i + 20));
  await client.query('ANALYZE published_result');
  return { classes: ids.length, ms: performance.now() - started };
}
