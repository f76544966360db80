import { type MigrationInterface, type QueryRunner } from 'typeorm';

// Absences (module schooltime). A roll call is one slot on one date, taken once and replaced as a
// whole when taken again; it exists even when nobody was absent (the hours were held). An
// absence_record is one pupil absent or late at one roll call, with the minutes it counts for
// (the slot's length when absent, the minutes late when late), so that totals stay right when the
// slot is moved or removed later (the roll call keeps its date, term and length; slot_id is then
// null). A justification is a family's (or the office's) reason for one or more absences, accepted
// or refused by the school's staff; an accepted one is what "justified" means everywhere.
// Partitioned by school year, as roll calls and absences are among the largest school-owned rows.
// Actor columns (recorded_by, submitted_by, decided_by, changed_by) hold account ids without a
// foreign key, as evaluation's do: the audit must outlive the accounts it names.
export class Absences1764510000000 implements MigrationInterface {
  name = 'Absences1764510000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE roll_call (
        id bigint GENERATED ALWAYS AS IDENTITY,
        school_id integer NOT NULL REFERENCES school(id),
        school_year_id smallint NOT NULL,
        term text NOT NULL,
        slot_id bigint,
        class_id integer NOT NULL REFERENCES school_class(id),
        subject_id smallint NOT NULL REFERENCES subject(id),
        held_on date NOT NULL,
        minutes smallint NOT NULL CHECK (minutes BETWEEN 1 AND 600),
        recorded_by integer,
        recorded_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (id, school_year_id),
        FOREIGN KEY (school_year_id, term) REFERENCES term(school_year_id, code),
        FOREIGN KEY (slot_id, school_year_id) REFERENCES timetable_slot (id, school_year_id) ON DELETE SET NULL (slot_id)
      ) PARTITION BY LIST (school_year_id);
      CREATE TABLE roll_call_default PARTITION OF roll_call DEFAULT;
      -- One roll call per slot and date (a second recording replaces the first).
      CREATE UNIQUE INDEX roll_call_slot_date_idx ON roll_call (slot_id, held_on, school_year_id);
      CREATE INDEX roll_call_class_idx ON roll_call (class_id, school_year_id, held_on);

      CREATE TABLE absence_justification (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        school_id integer NOT NULL REFERENCES school(id),
        student_id bigint NOT NULL REFERENCES student(id),
        reason text NOT NULL CHECK (reason IN ('ILLNESS', 'FAMILY', 'TRANSPORT', 'WEATHER', 'OTHER')),
        note text CHECK (length(note) <= 1000),
        status text NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'ACCEPTED', 'REFUSED')),
        submitted_by integer NOT NULL,
        submitted_at timestamptz NOT NULL DEFAULT now(),
        decided_by integer,
        decided_at timestamptz,
        decision_reason text CHECK (length(decision_reason) <= 500),
        CHECK ((status = 'PENDING') = (decided_at IS NULL)),
        CHECK (status <> 'REFUSED' OR decision_reason IS NOT NULL)
      );
      CREATE INDEX absence_justification_inbox_idx ON absence_justification (school_id, status, id);
      CREATE INDEX absence_justification_student_idx ON absence_justification (student_id);

      -- Kept apart so that lists of justifications never read the bytes.
      CREATE TABLE absence_justification_attachment (
        justification_id bigint PRIMARY KEY REFERENCES absence_justification(id) ON DELETE CASCADE,
        content_type text NOT NULL CHECK (content_type IN ('image/jpeg', 'image/png', 'image/webp', 'application/pdf')),
        byte_size integer NOT NULL CHECK (byte_size BETWEEN 1 AND 2097152),
        content bytea NOT NULL CHECK (octet_length(content) = byte_size)
      );

      CREATE TABLE absence_record (
        id bigint GENERATED ALWAYS AS IDENTITY,
        school_id integer NOT NULL REFERENCES school(id),
        school_year_id smallint NOT NULL,
        term text NOT NULL,
        roll_call_id bigint NOT NULL,
        student_id bigint NOT NULL REFERENCES student(id),
        held_on date NOT NULL,
        late boolean NOT NULL DEFAULT false,
        minutes smallint NOT NULL CHECK (minutes BETWEEN 0 AND 600),
        justification_id bigint REFERENCES absence_justification(id) ON DELETE SET NULL,
        PRIMARY KEY (id, school_year_id),
        UNIQUE (roll_call_id, student_id, school_year_id),
        FOREIGN KEY (roll_call_id, school_year_id) REFERENCES roll_call (id, school_year_id) ON DELETE CASCADE
      ) PARTITION BY LIST (school_year_id);
      CREATE TABLE absence_record_default PARTITION OF absence_record DEFAULT;
      -- A pupil's term or month (totals, Tayssir), a school's days (the week screen, entitlements).
      CREATE INDEX absence_record_student_idx ON absence_record (student_id, school_year_id, held_on);
      CREATE INDEX absence_record_school_idx ON absence_record (school_id, school_year_id, held_on);
      CREATE INDEX absence_record_justification_idx ON absence_record (justification_id) WHERE justification_id IS NOT NULL;

      -- Every change a roll call makes to a pupil's state (PRESENT, ABSENT, LATE), who and when.
      CREATE TABLE absence_audit (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        school_id integer NOT NULL REFERENCES school(id),
        school_year_id smallint NOT NULL,
        roll_call_id bigint NOT NULL,
        student_id bigint NOT NULL REFERENCES student(id),
        old_state text NOT NULL CHECK (old_state IN ('PRESENT', 'ABSENT', 'LATE')),
        new_state text NOT NULL CHECK (new_state IN ('PRESENT', 'ABSENT', 'LATE')),
        -- The justification a removed absence was detached from (only the school's staff may):
        -- no foreign key, the audit outlives it.
        justification_id bigint,
        changed_by integer,
        changed_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX absence_audit_roll_call_idx ON absence_audit (roll_call_id, changed_at);

      -- The years' partitions of roll_call and absence_record (the function covers every table
      -- partitioned by school year).
      SELECT create_school_year_partitions(id) FROM school_year;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TABLE absence_audit, absence_record, absence_justification_attachment, absence_justification, roll_call CASCADE;
    `);
  }
}
