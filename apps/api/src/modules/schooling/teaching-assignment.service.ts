import { type DataSource, type EntityManager } from 'typeorm';
import { requireAccess, requireVisible } from '../../core/auth/rules.js';
import { type Viewer } from '../../core/auth/viewer.js';
import { badInput, notFound } from '../../core/errors.js';
import { assignmentManageRule, classRule } from './schooling.access.js';
import { SchoolingErrorReason } from './schooling.errors.js';
import { TeachingAssignment } from './teaching-assignment.entity.js';

interface ClassSubjectRow {
  school_id: number;
  subject_id: number | null;
  in_curriculum: boolean;
}

/**
 * The class's school and the subject, and whether the subject is on record for the class's level
 * and stream that school year. A level and stream with nothing on record (streams the sources do
 * not cover: data/SOURCES_curriculum.md) take any subject, as their results do (class-subjects).
 */
async function classSubject(tx: EntityManager, classId: number, subjectCode: string): Promise<ClassSubjectRow & { subject_id: number }> {
  const [row]: ClassSubjectRow[] = await tx.query(
    `WITH on_record AS (
       SELECT sc.subject_id FROM school_class c JOIN school_year y ON y.id = c.school_year_id
       JOIN subject_coefficient_version sc ON sc.level_id = c.level_id AND sc.stream_id IS NOT DISTINCT FROM c.stream_id
         AND y.name >= sc.valid_from AND y.name < sc.valid_until
       WHERE c.id = $1
     )
     SELECT c.school_id, su.id AS subject_id,
            (NOT EXISTS (SELECT 1 FROM on_record) OR su.id IN (SELECT subject_id FROM on_record)) AS in_curriculum
     FROM school_class c LEFT JOIN subject su ON su.code = upper(trim($2))
     WHERE c.id = $1`,
    [classId, subjectCode],
  );
  if (!row) throw notFound('Class');
  if (!row.subject_id) throw badInput('subjectCode', SchoolingErrorReason.UNKNOWN_SUBJECT, `No subject has the code ${subjectCode.slice(0, 20)}`);
  return row as ClassSubjectRow & { subject_id: number };
}

/** The class answers as missing outside the caller's scope; inside it, only the director may change its teachers. */
async function requireManage(tx: EntityManager, viewer: Viewer, classId: number): Promise<void> {
  await requireVisible(tx, viewer, classRule, [classId], 'Class');
  await requireAccess(tx, viewer, assignmentManageRule, [classId]);
}

/**
 * The teacher must be a teacher of the class's school: another school's staff is outside the
 * director's scope and answers as missing (a teacher in two schools is assigned in the second by
 * its directorate, not by a director who cannot see them).
 */
async function requireSchoolTeacher(tx: EntityManager, schoolId: number, teacherId: number): Promise<void> {
  const [staff] = await tx.query('SELECT position FROM staff_member WHERE id = $1 AND school_id = $2', [teacherId, schoolId]);
  if (!staff) throw notFound('Teacher');
  if (staff.position !== 'TEACHER') throw badInput('teacherId', SchoolingErrorReason.NOT_A_TEACHER, 'This staff member is not a teacher');
}

/**
 * Gives the class × subject to a teacher, replacing its current one if any. The row is kept and
 * its teacher changed (one upsert, so two concurrent assignments leave one row): assessments and
 * grades are keyed by class × subject, so they stay, and grade entry (gradeWriteRule) follows the
 * new teacher at once.
 */
export async function assignTeacher(db: DataSource, viewer: Viewer, classId: number, subjectCode: string, teacherId: number): Promise<TeachingAssignment> {
  return db.transaction(async (tx) => {
    await requireManage(tx, viewer, classId);
    const row = await classSubject(tx, classId, subjectCode);
    if (!row.in_curriculum) {
      throw badInput('subjectCode', SchoolingErrorReason.SUBJECT_NOT_IN_CURRICULUM, `${subjectCode.slice(0, 20)} is not taught at this class's level`);
    }
    await requireSchoolTeacher(tx, row.school_id, teacherId);
    const [saved] = await tx.query(
      `INSERT INTO teaching_assignment (school_id, class_id, subject_id, teacher_id) VALUES ($1, $2, $3, $4)
       ON CONFLICT (class_id, subject_id) DO UPDATE SET teacher_id = EXCLUDED.teacher_id RETURNING id`,
      [row.school_id, classId, row.subject_id, teacherId],
    );
    return tx.getRepository(TeachingAssignment).findOneByOrFail({ id: saved.id });
  });
}

/** Withdraws the class × subject's teacher: true when there was one. Its assessments and grades stay. */
export async function removeTeachingAssignment(db: DataSource, viewer: Viewer, classId: number, subjectCode: string): Promise<boolean> {
  return db.transaction(async (tx) => {
    await requireManage(tx, viewer, classId);
    const row = await classSubject(tx, classId, subjectCode);
    const [, count] = await tx.query('DELETE FROM teaching_assignment WHERE class_id = $1 AND subject_id = $2', [classId, row.subject_id]);
    return Number(count) > 0;
  });
}
