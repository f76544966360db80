import { type MigrationInterface, type QueryRunner } from 'typeorm';

// Pupil mobility (module enrolment). A mid-year transfer closes the origin enrolment and opens
// one at the destination in the same school year, which UNIQUE (student_id, school_year_id)
// forbade. The invariant becomes "at most one ACTIVE enrolment per pupil per school year": a
// partitioned table's unique index must hold the partition key, and a past year's enrolment stays
// ACTIVE as the record of that year, so one ACTIVE per year (not one ACTIVE ever) is what the
// database can promise; the transfer closes the current year's one before opening the next.
//
// Transfers: requested by the origin or the destination school, approved by whoever the rule says
// (enrolment.access.ts: the other school, the origin's directorate, or both academies), then
// completed (the resulting enrolment named), refused or cancelled.
export class Transfers1764400000000 implements MigrationInterface {
  name = 'Transfers1764400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE enrolment DROP CONSTRAINT enrolment_student_id_school_year_id_key;
      CREATE UNIQUE INDEX enrolment_one_active_idx ON enrolment (student_id, school_year_id) WHERE status = 'ACTIVE';
      -- The pupil's enrolments of every status (the unique index served these lookups before).
      CREATE INDEX enrolment_student_idx ON enrolment (student_id, school_year_id);

      ALTER TABLE enrolment ADD COLUMN ended_on date;
      UPDATE enrolment SET ended_on = enrolled_on WHERE status <> 'ACTIVE';
      -- An enrolment ends when it is closed (TRANSFERRED, LEFT), and only then.
      ALTER TABLE enrolment ADD CONSTRAINT enrolment_ended_on_check CHECK ((status = 'ACTIVE') = (ended_on IS NULL));

      CREATE TABLE transfer (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        student_id bigint NOT NULL REFERENCES student(id),
        from_school_id integer NOT NULL REFERENCES school(id),
        to_school_id integer NOT NULL REFERENCES school(id),
        -- The year of the origin enrolment the transfer closes, and of the destination one it opens.
        school_year_id smallint NOT NULL REFERENCES school_year(id),
        status text NOT NULL DEFAULT 'REQUESTED' CHECK (status IN ('REQUESTED', 'APPROVED', 'REFUSED', 'CANCELLED', 'COMPLETED')),
        reason text CHECK (length(reason) <= 500),
        requested_by integer NOT NULL REFERENCES account(id),
        requested_by_side text NOT NULL CHECK (requested_by_side IN ('ORIGIN', 'DESTINATION')),
        requested_at timestamptz NOT NULL DEFAULT now(),
        -- Who must approve on each side (null: nobody on that side), fixed at the request.
        origin_approver text CHECK (origin_approver IN ('SCHOOL', 'PROVINCE', 'REGION')),
        destination_approver text CHECK (destination_approver IN ('SCHOOL', 'REGION')),
        origin_approved_at timestamptz,
        origin_approved_by integer REFERENCES account(id),
        destination_approved_at timestamptz,
        destination_approved_by integer REFERENCES account(id),
        decided_at timestamptz,
        decided_by integer REFERENCES account(id),
        refusal_reason text CHECK (length(refusal_reason) <= 500),
        enrolment_id bigint,
        CHECK (from_school_id <> to_school_id),
        CHECK (origin_approver IS NOT NULL OR destination_approver IS NOT NULL),
        CHECK (origin_approved_at IS NULL OR origin_approver IS NOT NULL),
        CHECK (destination_approved_at IS NULL OR destination_approver IS NOT NULL),
        CHECK ((status IN ('REQUESTED', 'APPROVED')) = (decided_at IS NULL)),
        CHECK (status <> 'REFUSED' OR refusal_reason IS NOT NULL),
        -- Completed: every approval it needed is in, and the enrolment it opened is named.
        CHECK (status <> 'COMPLETED' OR (enrolment_id IS NOT NULL
          AND (origin_approver IS NULL OR origin_approved_at IS NOT NULL)
          AND (destination_approver IS NULL OR destination_approved_at IS NOT NULL))),
        FOREIGN KEY (enrolment_id, school_year_id) REFERENCES enrolment (id, school_year_id)
      );
      -- One pending request per pupil and destination (the API says so first; this settles a race).
      CREATE UNIQUE INDEX transfer_one_pending_idx ON transfer (student_id, to_school_id) WHERE status IN ('REQUESTED', 'APPROVED');
      -- The inboxes: a school's transfers out and in, by status, newest first; a pupil's transfers.
      CREATE INDEX transfer_from_idx ON transfer (from_school_id, status, id);
      CREATE INDEX transfer_to_idx ON transfer (to_school_id, status, id);
      CREATE INDEX transfer_student_idx ON transfer (student_id);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TABLE transfer;
      ALTER TABLE enrolment DROP CONSTRAINT enrolment_ended_on_check, DROP COLUMN ended_on;
      DROP INDEX enrolment_student_idx;
      DROP INDEX enrolment_one_active_idx;
      ALTER TABLE enrolment ADD CONSTRAINT enrolment_student_id_school_year_id_key UNIQUE (student_id, school_year_id);
    `);
  }
}
