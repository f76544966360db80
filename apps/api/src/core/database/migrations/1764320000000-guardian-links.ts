import { type MigrationInterface, type QueryRunner } from 'typeorm';

// A pupil–guardian link (modules/people/guardian.service.ts) made by a school to a parent who
// already has an account, in a school that holds none of that parent's children, waits for the
// parent's confirmation (confirmed_at NULL) before the child reaches their account; the parent may
// decline it instead. Existing links, and links inserted without saying otherwise, are confirmed.
//
// The contact a school types for a guardian already on record stays on the link (own_contact),
// so that a school sees the phone and e-mail typed for its pupil, never those another school
// typed for the same guardian.
export class GuardianLinks1764320000000 implements MigrationInterface {
  name = 'GuardianLinks1764320000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE student_guardian
        ADD COLUMN school_id integer REFERENCES school(id),
        ADD COLUMN requested_at timestamptz NOT NULL DEFAULT now(),
        ADD COLUMN confirmed_at timestamptz DEFAULT now(),
        ADD COLUMN declined_at timestamptz,
        ADD COLUMN own_contact boolean NOT NULL DEFAULT false,
        ADD COLUMN phone text,
        ADD COLUMN email text CHECK (email = lower(email)),
        ADD CONSTRAINT student_guardian_decided_once CHECK (confirmed_at IS NULL OR declined_at IS NULL),
        -- A parent is told which school asks: a link waiting for them names it.
        ADD CONSTRAINT student_guardian_pending_school CHECK (confirmed_at IS NOT NULL OR declined_at IS NOT NULL OR school_id IS NOT NULL);
      CREATE INDEX student_guardian_pending_idx ON student_guardian(guardian_id) WHERE confirmed_at IS NULL AND declined_at IS NULL;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP INDEX student_guardian_pending_idx;
      ALTER TABLE student_guardian
        DROP CONSTRAINT student_guardian_pending_school, DROP CONSTRAINT student_guardian_decided_once,
        DROP COLUMN email, DROP COLUMN phone, DROP COLUMN own_contact, DROP COLUMN declined_at,
        DROP COLUMN confirmed_at, DROP COLUMN requested_at, DROP COLUMN school_id;
    `);
  }
}
