import { type MigrationInterface, type QueryRunner } from 'typeorm';

// Timetables (module schooltime). A slot is one class's lesson in the school's week for one term:
// weekday (ISO, 1 = Monday) and start–end are data (schools differ; Moroccan ones run Monday to
// Saturday morning). The API checks for clashes first to name them; the exclusion constraints make
// the database refuse a double-booked class, teacher (across all the schools they teach in) or
// room even when two placements race. `during` is the slot's minutes of the day as a range, so
// that 08:00–09:00 and 09:00–10:00 touch without overlapping ([) bounds).
// Partitioned by school year like the other school-owned tables; the partition key is in every
// constraint, as PostgreSQL requires of a partitioned table's unique and exclusion constraints.
// The distinguishing columns come first in each: a gist index over the few-valued year and term
// first made checking the constraints of a national seed's 1.7 M slots about five times slower.
export class Timetable1764500000000 implements MigrationInterface {
  name = 'Timetable1764500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE EXTENSION IF NOT EXISTS btree_gist;

      CREATE TABLE timetable_slot (
        id bigint GENERATED ALWAYS AS IDENTITY,
        school_id integer NOT NULL REFERENCES school(id),
        school_year_id smallint NOT NULL REFERENCES school_year(id),
        term text NOT NULL,
        class_id integer NOT NULL REFERENCES school_class(id),
        subject_id smallint NOT NULL REFERENCES subject(id),
        teacher_id integer REFERENCES staff_member(id),
        room text CHECK (room = btrim(room) AND length(room) BETWEEN 1 AND 40),
        weekday smallint NOT NULL CHECK (weekday BETWEEN 1 AND 7),
        starts_at time(0) NOT NULL,
        ends_at time(0) NOT NULL,
        during int4range NOT NULL GENERATED ALWAYS AS (
          int4range((extract(hour FROM starts_at) * 60 + extract(minute FROM starts_at))::int,
                    (extract(hour FROM ends_at) * 60 + extract(minute FROM ends_at))::int)
        ) STORED,
        -- An actor column without a foreign key, as evaluation's: it names who placed the slot
        -- and must not block removing an account.
        created_by integer,
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (ends_at > starts_at),
        PRIMARY KEY (id, school_year_id),
        FOREIGN KEY (school_year_id, term) REFERENCES term(school_year_id, code),
        CONSTRAINT timetable_slot_class_clash EXCLUDE USING gist
          (class_id WITH =, weekday WITH =, during WITH &&, school_year_id WITH =, term WITH =),
        CONSTRAINT timetable_slot_teacher_clash EXCLUDE USING gist
          (teacher_id WITH =, weekday WITH =, during WITH &&, school_year_id WITH =, term WITH =),
        CONSTRAINT timetable_slot_room_clash EXCLUDE USING gist
          (school_id WITH =, room WITH =, weekday WITH =, during WITH &&, school_year_id WITH =, term WITH =)
      ) PARTITION BY LIST (school_year_id);
      CREATE TABLE timetable_slot_default PARTITION OF timetable_slot DEFAULT;
      -- A class's week, a teacher's week, a school's rooms (the gist indexes above serve clashes).
      CREATE INDEX timetable_slot_class_idx ON timetable_slot (class_id, school_year_id, term, weekday, starts_at);
      CREATE INDEX timetable_slot_teacher_idx ON timetable_slot (teacher_id, school_year_id, term);
      CREATE INDEX timetable_slot_school_idx ON timetable_slot (school_id, school_year_id, term);

      -- Every table partitioned by school year gets the year's partition, whichever migration made
      -- it: a new partitioned table no longer needs this function rewritten with one line more.
      CREATE OR REPLACE FUNCTION create_school_year_partitions(year_id smallint) RETURNS void AS $$
      DECLARE parent text;
      BEGIN
        FOR parent IN
          SELECT c.relname FROM pg_partitioned_table p JOIN pg_class c ON c.oid = p.partrelid
          WHERE c.relnamespace = current_schema()::regnamespace AND pg_get_partkeydef(p.partrelid) = 'LIST (school_year_id)'
        LOOP
          EXECUTE format('CREATE TABLE IF NOT EXISTS %I PARTITION OF %I FOR VALUES IN (%s)', parent || '_y' || year_id, parent, year_id);
        END LOOP;
      END $$ LANGUAGE plpgsql;
      SELECT create_school_year_partitions(id) FROM school_year;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TABLE timetable_slot CASCADE;
      CREATE OR REPLACE FUNCTION create_school_year_partitions(year_id smallint) RETURNS void AS $$
      BEGIN
        EXECUTE format('CREATE TABLE IF NOT EXISTS enrolment_y%s PARTITION OF enrolment FOR VALUES IN (%s)', year_id, year_id);
        EXECUTE format('CREATE TABLE IF NOT EXISTS grade_y%s PARTITION OF grade FOR VALUES IN (%s)', year_id, year_id);
        EXECUTE format('CREATE TABLE IF NOT EXISTS published_result_y%s PARTITION OF published_result FOR VALUES IN (%s)', year_id, year_id);
      END $$ LANGUAGE plpgsql;
    `);
  }
}
