import { type MigrationInterface, type QueryRunner } from 'typeorm';

// Orientation (module enrolment): the stream the class council decides for next year, each
// school's deadline for wishes, and the wishes themselves.
export class Orientation1764410000000 implements MigrationInterface {
  name = 'Orientation1764410000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      -- The stream decided for next year; its level (stream.level_id) is the level the pupil goes
      -- to, which the rollover reads. REORIENTED names one (the next level's, or another stream of
      -- the same level); PROMOTED may (into a level with streams); the other decisions none. That
      -- the stream is of the right level is checked by the API (year-decision.service.ts).
      -- NOT VALID: decisions confirmed before this column existed are not rewritten.
      ALTER TABLE year_decision
        ADD COLUMN stream_id smallint REFERENCES stream(id),
        ADD CONSTRAINT year_decision_stream CHECK (CASE decision WHEN 'REORIENTED' THEN stream_id IS NOT NULL
                                                                 WHEN 'PROMOTED' THEN true
                                                                 ELSE stream_id IS NULL END) NOT VALID;

      -- Wishes are accepted until the end of the deadline's day, Moroccan time. set_by is an
      -- account id without a foreign key, like the other actor columns.
      CREATE TABLE orientation_deadline (
        school_id integer NOT NULL REFERENCES school(id),
        school_year_id smallint NOT NULL REFERENCES school_year(id),
        deadline date NOT NULL,
        set_by integer,
        set_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (school_id, school_year_id)
      );

      -- A pupil's ranked wishes for a year (1 to 4 streams), replaced as a whole on each
      -- submission. school_id: the school the pupil was in when they were submitted (it reads them;
      -- a school the pupil moves to reads them too, as for every record of its pupils).
      CREATE TABLE orientation_wish (
        student_id bigint NOT NULL REFERENCES student(id),
        school_year_id smallint NOT NULL REFERENCES school_year(id),
        rank smallint NOT NULL CHECK (rank BETWEEN 1 AND 4),
        stream_id smallint NOT NULL REFERENCES stream(id),
        school_id integer NOT NULL REFERENCES school(id),
        submitted_by integer,
        submitted_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (student_id, school_year_id, rank),
        UNIQUE (student_id, school_year_id, stream_id)
      );
      CREATE INDEX orientation_wish_school_idx ON orientation_wish(school_id, school_year_id);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TABLE orientation_wish;
      DROP TABLE orientation_deadline;
      ALTER TABLE year_decision DROP CONSTRAINT year_decision_stream, DROP COLUMN stream_id;
    `);
  }
}
