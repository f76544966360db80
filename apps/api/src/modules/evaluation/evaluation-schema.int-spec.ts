import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DataSource } from 'typeorm';
import { createTestDatabase } from '../../test/database.js';
import { factories } from '../../test/factories.js';

// The invariants the database guarantees whatever the path (API, import, psql).
describe('evaluation tables', () => {
  let db: DataSource;
  let drop: () => Promise<void>;
  let assessmentId: string;
  let studentId: number;

  beforeAll(async () => {
    ({ db, drop } = await createTestDatabase());
    const f = factories(db);
    const school = await f.school();
    const classId = await f.schoolClass(school.id);
    studentId = (await f.student({ classId })).id;
    const [a] = await db.query(
      `INSERT INTO assessment (school_id, class_id, subject_id, school_year_id, term, kind, number, held_on)
       SELECT c.school_id, c.id, (SELECT id FROM subject WHERE code = 'MATH'), c.school_year_id, 'S1', 'CONTINUOUS', 1, '2025-10-10'
       FROM school_class c WHERE c.id = $1 RETURNING id`,
      [classId],
    );
    assessmentId = a.id;
  });
  afterAll(() => drop());

  const insertGrade = (value: number | null, absence: string | null) =>
    db.query(
      `INSERT INTO grade (school_id, school_year_id, assessment_id, student_id, value, absence)
       SELECT school_id, school_year_id, id, $2, $3, $4 FROM assessment WHERE id = $1`,
      [assessmentId, studentId, value, absence],
    );

  it('refuses a mark outside 0..20, and a row with both or neither of value and absence', async () => {
    await expect(insertGrade(20.5, null)).rejects.toThrow(/check/);
    await expect(insertGrade(-1, null)).rejects.toThrow(/check/);
    await expect(insertGrade(12, 'JUSTIFIED')).rejects.toThrow(/check/);
    await expect(insertGrade(null, null)).rejects.toThrow(/check/);
  });

  it('keeps one grade per pupil per assessment, in the year partition', async () => {
    await insertGrade(12.5, null);
    await expect(insertGrade(13, null)).rejects.toThrow(/duplicate key/);
    const [row] = await db.query(`SELECT tableoid::regclass::text AS part FROM grade WHERE assessment_id = $1`, [assessmentId]);
    expect(row.part).toMatch(/^grade_y\d+$/);
  });

  it('audits every change through the trigger, and the audit cannot be rewritten', async () => {
    await db.transaction(async (tx) => {
      await tx.query(`SELECT set_config('massar.reason', 'copy error', true)`);
      await tx.query(`UPDATE grade SET value = NULL, absence = 'UNJUSTIFIED' WHERE assessment_id = $1`, [assessmentId]);
    });
    const audit = await db.query('SELECT old_value, old_absence, new_value, new_absence, reason FROM grade_audit WHERE assessment_id = $1 ORDER BY id', [assessmentId]);
    expect(audit).toEqual([
      { old_value: null, old_absence: null, new_value: '12.50', new_absence: null, reason: null }, // the entry, by insertGrade above
      { old_value: '12.50', old_absence: null, new_value: null, new_absence: 'UNJUSTIFIED', reason: 'copy error' },
    ]);
    await expect(db.query('UPDATE grade_audit SET reason = NULL')).rejects.toThrow(/append-only/);
    await expect(db.query('DELETE FROM grade_audit')).rejects.toThrow(/append-only/);
    await expect(db.query('TRUNCATE grade_audit')).rejects.toThrow(/append-only/);
  });

  it('has a grading policy for every level', async () => {
    const [{ n }] = await db.query(`SELECT count(DISTINCT level_id)::int AS n FROM grading_policy WHERE from_year = '2025-2026'`);
    expect(n).toBe(12);
  });
});
