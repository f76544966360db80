import { type MigrationInterface, type QueryRunner } from 'typeorm';

const DECISIONS = `'PROMOTED', 'REPEAT', 'DROPPED_OUT', 'EXCLUDED', 'GRADUATED', 'REORIENTED'`;

// The class council's year-end decisions, and coefficients versioned by school year like the
// grading policy, so that correcting a coefficient never rewrites an earlier year's results.
export class ClassCouncil1764000000000 implements MigrationInterface {
  name = 'ClassCouncil1764000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      -- One decision per pupil per year, confirmed by the council once the year's grades are
      -- locked. proposed_decision is what the policy proposed then (null: results incomplete),
      -- kept to show where the council departed from it. confirmed_by is an account id without
      -- a foreign key, like the other actor columns (1763900000000-evaluation.ts).
      CREATE TABLE year_decision (
        school_id integer NOT NULL REFERENCES school(id),
        school_year_id smallint NOT NULL REFERENCES school_year(id),
        class_id integer NOT NULL REFERENCES school_class(id),
        student_id bigint NOT NULL REFERENCES student(id),
        decision text NOT NULL CHECK (decision IN (${DECISIONS})),
        proposed_decision text CHECK (proposed_decision IN (${DECISIONS})),
        confirmed_by integer,
        confirmed_at timestamptz NOT NULL DEFAULT now(),
        note text CHECK (length(note) <= 500),
        PRIMARY KEY (student_id, school_year_id)
      );
      CREATE INDEX year_decision_class_idx ON year_decision(class_id, school_year_id);
      CREATE INDEX year_decision_school_idx ON year_decision(school_id, school_year_id, decision);

      -- NULL: since always. A correction is a new row from a later year; the old row stays.
      ALTER TABLE subject_coefficient ADD COLUMN from_year text CHECK (from_year ~ '^[0-9]{4}-[0-9]{4}$');
      ALTER TABLE subject_coefficient DROP CONSTRAINT subject_coefficient_level_id_stream_id_subject_id_exam_key;
      ALTER TABLE subject_coefficient ADD CONSTRAINT subject_coefficient_version_key
        UNIQUE NULLS NOT DISTINCT (level_id, stream_id, subject_id, exam, from_year);

      -- Each coefficient with the school years it applies to, [valid_from, valid_until), as
      -- 'YYYY-YYYY' text (which sorts like the years): readers join it with
      -- y.name >= valid_from AND y.name < valid_until, and get one row per subject and exam.
      CREATE VIEW subject_coefficient_version AS
      SELECT id, level_id, stream_id, subject_id, exam, coefficient, source, from_year,
             coalesce(from_year, '0000-0000') AS valid_from,
             coalesce(lead(from_year) OVER w, '9999-9999') AS valid_until
      FROM subject_coefficient
      WINDOW w AS (PARTITION BY level_id, stream_id, subject_id, exam ORDER BY from_year NULLS FIRST);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP VIEW subject_coefficient_version;
      DELETE FROM subject_coefficient WHERE from_year IS NOT NULL;
      ALTER TABLE subject_coefficient DROP CONSTRAINT subject_coefficient_version_key;
      ALTER TABLE subject_coefficient ADD CONSTRAINT subject_coefficient_level_id_stream_id_subject_id_exam_key
        UNIQUE NULLS NOT DISTINCT (level_id, stream_id, subject_id, exam);
      ALTER TABLE subject_coefficient DROP COLUMN from_year;
      DROP TABLE year_decision;
    `);
  }
}
