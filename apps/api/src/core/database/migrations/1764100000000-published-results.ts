import { type MigrationInterface, type QueryRunner } from 'typeorm';

const DECISIONS = `'PROMOTED', 'REPEAT', 'DROPPED_OUT', 'EXCLUDED', 'GRADUATED', 'REORIENTED'`;

// What families were shown: publishTerm stores each pupil's results of the class × term (and,
// once S2 is published, of the year) in the transaction that publishes it, and reopenTerm
// deletes them. The portal reads these rows instead of recomputing the class on every request
// (the results evening is the peak, DESIGN "Growing past one machine"); a later rule or
// coefficient correction therefore reaches families only when the term is published again.
// Partitioned by school year and carrying school_id, like the other large school-owned tables.
export class PublishedResults1764100000000 implements MigrationInterface {
  name = 'PublishedResults1764100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      -- term: S1, S2, or YEAR for the year's results (shown once S2 is published). Averages are
      -- two-decimal values /20 as computed; subjects ([{subjectId, coefficient, average,
      -- derivation}]), derivation and certificate are the StudentResults fields as JSON.
      -- proposed_decision is the policy's proposal (YEAR only); a confirmed class council
      -- decision (year_decision) still overrides it when read.
      CREATE TABLE published_result (
        school_id integer NOT NULL REFERENCES school(id),
        school_year_id smallint NOT NULL REFERENCES school_year(id),
        class_id integer NOT NULL REFERENCES school_class(id),
        student_id bigint NOT NULL REFERENCES student(id),
        term text NOT NULL CHECK (term IN ('S1', 'S2', 'YEAR')),
        general_average numeric(4,2),
        rank integer CHECK (rank >= 1),
        class_average numeric(4,2),
        subjects jsonb NOT NULL,
        derivation jsonb NOT NULL,
        certificate jsonb,
        proposed_decision text CHECK (proposed_decision IN (${DECISIONS})),
        published_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (student_id, school_year_id, term, class_id)
      ) PARTITION BY LIST (school_year_id);
      CREATE TABLE published_result_default PARTITION OF published_result DEFAULT;
      -- A class's rows: the reader of a class's results and reopenTerm's delete.
      CREATE INDEX published_result_class_idx ON published_result(class_id, term);

      CREATE OR REPLACE FUNCTION create_school_year_partitions(year_id smallint) RETURNS void AS $$
      BEGIN
        EXECUTE format('CREATE TABLE IF NOT EXISTS enrolment_y%s PARTITION OF enrolment FOR VALUES IN (%s)', year_id, year_id);
        EXECUTE format('CREATE TABLE IF NOT EXISTS grade_y%s PARTITION OF grade FOR VALUES IN (%s)', year_id, year_id);
        EXECUTE format('CREATE TABLE IF NOT EXISTS published_result_y%s PARTITION OF published_result FOR VALUES IN (%s)', year_id, year_id);
      END $$ LANGUAGE plpgsql;
      SELECT create_school_year_partitions(id) FROM school_year;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TABLE published_result CASCADE;
      CREATE OR REPLACE FUNCTION create_school_year_partitions(year_id smallint) RETURNS void AS $$
      BEGIN
        EXECUTE format('CREATE TABLE IF NOT EXISTS enrolment_y%s PARTITION OF enrolment FOR VALUES IN (%s)', year_id, year_id);
        EXECUTE format('CREATE TABLE IF NOT EXISTS grade_y%s PARTITION OF grade FOR VALUES IN (%s)', year_id, year_id);
      END $$ LANGUAGE plpgsql;
    `);
  }
}
