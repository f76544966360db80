import { type MigrationInterface, type QueryRunner } from 'typeorm';

// The grade audit trigger fired on UPDATE and DELETE only, so the first mark entered for a pupil
// (an INSERT of recordGrades' upsert) never reached the trail: a wrong first mark, corrected
// later, showed as "changed from X" with no one having entered X. Entering is now audited too
// (old value and absence null), and grades never changed since get the entry they lacked,
// with their recorder and time (for those, recorded_by/recorded_at are still the entry's).
export class GradeAuditEntry1764310000000 implements MigrationInterface {
  name = 'GradeAuditEntry1764310000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE OR REPLACE FUNCTION grade_audit_write() RETURNS trigger AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          INSERT INTO grade_audit (school_id, assessment_id, student_id, changed_by, old_value, old_absence, new_value, new_absence, reason)
          VALUES (NEW.school_id, NEW.assessment_id, NEW.student_id, nullif(current_setting('massar.actor', true), '')::integer,
                  NULL, NULL, NEW.value, NEW.absence, nullif(current_setting('massar.reason', true), ''));
        ELSE
          INSERT INTO grade_audit (school_id, assessment_id, student_id, changed_by, old_value, old_absence, new_value, new_absence, reason)
          VALUES (OLD.school_id, OLD.assessment_id, OLD.student_id, nullif(current_setting('massar.actor', true), '')::integer,
                  OLD.value, OLD.absence,
                  CASE WHEN TG_OP = 'UPDATE' THEN NEW.value END, CASE WHEN TG_OP = 'UPDATE' THEN NEW.absence END,
                  nullif(current_setting('massar.reason', true), ''));
        END IF;
        RETURN NULL;
      END $$ LANGUAGE plpgsql;
      CREATE TRIGGER grade_entered AFTER INSERT ON grade FOR EACH ROW EXECUTE FUNCTION grade_audit_write();

      INSERT INTO grade_audit (school_id, assessment_id, student_id, changed_by, changed_at, old_value, old_absence, new_value, new_absence, reason)
      SELECT g.school_id, g.assessment_id, g.student_id, g.recorded_by, g.recorded_at, NULL, NULL, g.value, g.absence, NULL
      FROM grade g
      WHERE NOT EXISTS (SELECT 1 FROM grade_audit ga WHERE ga.assessment_id = g.assessment_id AND ga.student_id = g.student_id)
      ORDER BY g.recorded_at;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    // The entries written meanwhile stay: the trail is append-only.
    await q.query(`
      DROP TRIGGER grade_entered ON grade;
      CREATE OR REPLACE FUNCTION grade_audit_write() RETURNS trigger AS $$
      BEGIN
        INSERT INTO grade_audit (school_id, assessment_id, student_id, changed_by, old_value, old_absence, new_value, new_absence, reason)
        VALUES (OLD.school_id, OLD.assessment_id, OLD.student_id, nullif(current_setting('massar.actor', true), '')::integer,
                OLD.value, OLD.absence,
                CASE WHEN TG_OP = 'UPDATE' THEN NEW.value END, CASE WHEN TG_OP = 'UPDATE' THEN NEW.absence END,
                nullif(current_setting('massar.reason', true), ''));
        RETURN NULL;
      END $$ LANGUAGE plpgsql;
    `);
  }
}
