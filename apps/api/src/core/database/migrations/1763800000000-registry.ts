import { type MigrationInterface, type QueryRunner } from 'typeorm';

// The registry: territory, people, schooling, enrolment, accounts. Invariants live here too
// (unique code Massar, one enrolment per pupil per school year, foreign keys everywhere) so
// that nothing slips through a race the API checks did not see.
export class Registry1763800000000 implements MigrationInterface {
  name = 'Registry1763800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE region (
        id smallint PRIMARY KEY,
        code char(2) NOT NULL UNIQUE,
        iso_code text NOT NULL UNIQUE,
        name_fr text NOT NULL,
        name_ar text NOT NULL,
        population integer NOT NULL CHECK (population >= 0)
      );
      CREATE TABLE province (
        id smallint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        code text NOT NULL UNIQUE,
        iso_code text UNIQUE,
        name_fr text NOT NULL,
        name_ar text NOT NULL,
        kind text NOT NULL CHECK (kind IN ('PROVINCE', 'PREFECTURE')),
        region_id smallint NOT NULL REFERENCES region(id),
        population integer NOT NULL CHECK (population >= 0)
      );
      CREATE INDEX province_region_idx ON province(region_id);

      CREATE TABLE school (
        id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        code text NOT NULL UNIQUE CHECK (code ~ '^[A-Z0-9]{6,10}$'),
        name_fr text NOT NULL,
        name_ar text NOT NULL,
        cycles text[] NOT NULL CHECK (cardinality(cycles) > 0 AND cycles <@ ARRAY['PRIMARY','MIDDLE','SECONDARY']),
        sector text NOT NULL CHECK (sector IN ('PUBLIC', 'PRIVATE')),
        milieu text NOT NULL CHECK (milieu IN ('URBAN', 'RURAL')),
        province_id smallint NOT NULL REFERENCES province(id),
        capacity integer NOT NULL CHECK (capacity > 0)
      );
      CREATE INDEX school_province_idx ON school(province_id);
      CREATE INDEX school_cycles_idx ON school USING gin (cycles);
      CREATE INDEX school_name_idx ON school (lower(name_fr) text_pattern_ops);
      CREATE INDEX school_sector_milieu_idx ON school (sector, milieu);

      CREATE TABLE school_year (
        id smallint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        name text NOT NULL UNIQUE CHECK (name ~ '^[0-9]{4}-[0-9]{4}$'),
        starts_on date NOT NULL,
        ends_on date NOT NULL CHECK (ends_on > starts_on)
      );
      CREATE TABLE term (
        id smallint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        school_year_id smallint NOT NULL REFERENCES school_year(id),
        code text NOT NULL CHECK (code IN ('S1', 'S2')),
        starts_on date NOT NULL,
        ends_on date NOT NULL CHECK (ends_on > starts_on),
        UNIQUE (school_year_id, code)
      );

      CREATE TABLE level (
        id smallint PRIMARY KEY,
        code text NOT NULL UNIQUE,
        cycle text NOT NULL CHECK (cycle IN ('PRIMARY', 'MIDDLE', 'SECONDARY')),
        name_fr text NOT NULL,
        name_ar text NOT NULL,
        next_level_id smallint REFERENCES level(id)
      );
      CREATE TABLE stream (
        id smallint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        code text NOT NULL,
        level_id smallint NOT NULL REFERENCES level(id),
        name_fr text NOT NULL,
        name_ar text NOT NULL,
        UNIQUE (level_id, code)
      );
      CREATE TABLE subject (
        id smallint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        code text NOT NULL UNIQUE,
        name_fr text NOT NULL,
        name_ar text NOT NULL
      );
      -- Coefficients are data an administrator can correct: several come from secondary sources.
      CREATE TABLE subject_coefficient (
        id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        level_id smallint NOT NULL REFERENCES level(id),
        stream_id smallint REFERENCES stream(id),
        subject_id smallint NOT NULL REFERENCES subject(id),
        exam text NOT NULL CHECK (exam IN ('CC', 'LOCAL', 'PROVINCIAL', 'REGIONAL', 'NATIONAL')),
        coefficient numeric(4,1) CHECK (coefficient > 0),
        source text NOT NULL,
        UNIQUE NULLS NOT DISTINCT (level_id, stream_id, subject_id, exam)
      );

      CREATE SEQUENCE student_code_seq AS bigint START 100000000;
      CREATE TABLE student (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        -- text, not char(10): the CHECK fixes the length, and text parameters then use the index.
        code_massar text NOT NULL UNIQUE CHECK (code_massar ~ '^[A-Z][0-9]{9}$'),
        first_name text NOT NULL CHECK (first_name <> ''),
        last_name text NOT NULL CHECK (last_name <> ''),
        first_name_ar text NOT NULL CHECK (first_name_ar <> ''),
        last_name_ar text NOT NULL CHECK (last_name_ar <> ''),
        birth_date date NOT NULL,
        birth_place text NOT NULL,
        gender char(1) NOT NULL CHECK (gender IN ('F', 'M')),
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX student_name_idx ON student (lower(last_name) text_pattern_ops, lower(first_name));
      -- The order of every pupil list (keyset pagination on last name, first name, id).
      CREATE INDEX student_sort_idx ON student (last_name, first_name, id);

      CREATE TABLE guardian (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        first_name text NOT NULL,
        last_name text NOT NULL,
        first_name_ar text NOT NULL,
        last_name_ar text NOT NULL,
        phone text,
        email text,
        national_id text UNIQUE
      );
      CREATE TABLE student_guardian (
        student_id bigint NOT NULL REFERENCES student(id) ON DELETE CASCADE,
        guardian_id bigint NOT NULL REFERENCES guardian(id) ON DELETE CASCADE,
        relationship text NOT NULL CHECK (relationship IN ('FATHER', 'MOTHER', 'TUTOR')),
        PRIMARY KEY (student_id, guardian_id)
      );
      CREATE INDEX student_guardian_guardian_idx ON student_guardian(guardian_id);

      CREATE TABLE staff_member (
        id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        school_id integer REFERENCES school(id),
        first_name text NOT NULL,
        last_name text NOT NULL,
        first_name_ar text NOT NULL,
        last_name_ar text NOT NULL,
        position text NOT NULL CHECK (position IN ('TEACHER', 'DIRECTOR', 'ADMINISTRATIVE')),
        email text UNIQUE,
        phone text
      );
      CREATE INDEX staff_member_school_idx ON staff_member(school_id);

      CREATE TABLE school_class (
        id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        school_id integer NOT NULL REFERENCES school(id),
        school_year_id smallint NOT NULL REFERENCES school_year(id),
        level_id smallint NOT NULL REFERENCES level(id),
        stream_id smallint REFERENCES stream(id),
        name text NOT NULL,
        capacity smallint NOT NULL DEFAULT 45 CHECK (capacity BETWEEN 1 AND 60),
        UNIQUE (school_id, school_year_id, name)
      );
      CREATE INDEX school_class_level_idx ON school_class(level_id);

      CREATE TABLE teaching_assignment (
        id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        school_id integer NOT NULL REFERENCES school(id),
        class_id integer NOT NULL REFERENCES school_class(id) ON DELETE CASCADE,
        subject_id smallint NOT NULL REFERENCES subject(id),
        teacher_id integer NOT NULL REFERENCES staff_member(id),
        UNIQUE (class_id, subject_id)
      );
      CREATE INDEX teaching_assignment_teacher_idx ON teaching_assignment(teacher_id);

      -- Partitioned by school year (DESIGN "Growing past one machine"); one partition per year is
      -- made with the year, the default one catches nothing in normal operation.
      CREATE TABLE enrolment (
        id bigint GENERATED ALWAYS AS IDENTITY,
        student_id bigint NOT NULL REFERENCES student(id),
        school_id integer NOT NULL REFERENCES school(id),
        class_id integer NOT NULL REFERENCES school_class(id),
        school_year_id smallint NOT NULL REFERENCES school_year(id),
        status text NOT NULL DEFAULT 'ACTIVE' CHECK (status IN ('ACTIVE', 'TRANSFERRED', 'LEFT')),
        enrolled_on date NOT NULL DEFAULT current_date,
        PRIMARY KEY (id, school_year_id),
        UNIQUE (student_id, school_year_id)
      ) PARTITION BY LIST (school_year_id);
      CREATE TABLE enrolment_default PARTITION OF enrolment DEFAULT;
      CREATE INDEX enrolment_class_idx ON enrolment(class_id);
      CREATE INDEX enrolment_school_year_idx ON enrolment(school_id, school_year_id);

      CREATE FUNCTION create_school_year_partitions(year_id smallint) RETURNS void AS $$
      BEGIN
        EXECUTE format('CREATE TABLE IF NOT EXISTS enrolment_y%s PARTITION OF enrolment FOR VALUES IN (%s)', year_id, year_id);
      END $$ LANGUAGE plpgsql;

      CREATE TABLE account (
        id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        email text UNIQUE CHECK (email = lower(email)),
        password_hash text NOT NULL,
        role text NOT NULL CHECK (role IN ('MINISTRY','REGION','PROVINCE','DIRECTOR','STAFF','TEACHER','PARENT','PUPIL','API_CLIENT')),
        display_name text NOT NULL,
        region_id smallint REFERENCES region(id),
        province_id smallint REFERENCES province(id),
        school_id integer REFERENCES school(id),
        staff_member_id integer REFERENCES staff_member(id),
        guardian_id bigint REFERENCES guardian(id),
        student_id bigint UNIQUE REFERENCES student(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        -- Each role carries exactly the scope it is checked against.
        CHECK (CASE role
          WHEN 'REGION' THEN region_id IS NOT NULL
          WHEN 'PROVINCE' THEN province_id IS NOT NULL
          WHEN 'DIRECTOR' THEN school_id IS NOT NULL
          WHEN 'STAFF' THEN school_id IS NOT NULL
          WHEN 'TEACHER' THEN school_id IS NOT NULL AND staff_member_id IS NOT NULL
          WHEN 'PARENT' THEN guardian_id IS NOT NULL
          WHEN 'PUPIL' THEN student_id IS NOT NULL
          ELSE true END),
        CHECK (email IS NOT NULL OR student_id IS NOT NULL)
      );
      CREATE INDEX account_guardian_idx ON account(guardian_id);

      -- Sessions and login throttling live here, not in process memory, so any API replica
      -- can answer any request.
      CREATE TABLE session (
        token_hash bytea PRIMARY KEY,
        account_id integer NOT NULL REFERENCES account(id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL
      );
      CREATE INDEX session_account_idx ON session(account_id);
      CREATE INDEX session_expires_idx ON session(expires_at);
      CREATE TABLE login_failure (
        key text NOT NULL,
        failed_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX login_failure_key_idx ON login_failure(key, failed_at);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TABLE login_failure, session, account, enrolment, teaching_assignment, school_class,
        staff_member, student_guardian, guardian, student, subject_coefficient, subject, stream,
        level, term, school_year, school, province, region CASCADE;
      DROP SEQUENCE student_code_seq;
      DROP FUNCTION create_school_year_partitions(smallint);
    `);
  }
}
