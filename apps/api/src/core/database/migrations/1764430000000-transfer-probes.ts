import { type MigrationInterface, type QueryRunner } from 'typeorm';

// A destination school names a pupil it cannot see by code Massar and birth date
// (modules/enrolment/transfer-probe.ts): each lookup is recorded here, outside the request's
// transaction, and forgotten when it matched, so that the failures of the last hour are counted
// per account and per school and guessing a birth date is bounded. No foreign key to account: a
// probe row must be writable whatever the request does, and rows older than the window are pruned.
export class TransferProbes1764430000000 implements MigrationInterface {
  name = 'TransferProbes1764430000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE transfer_probe (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        account_id bigint NOT NULL,
        school_id integer NOT NULL REFERENCES school (id),
        probed_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX transfer_probe_account_idx ON transfer_probe (account_id, probed_at);
      CREATE INDEX transfer_probe_school_idx ON transfer_probe (school_id, probed_at);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE transfer_probe');
  }
}
