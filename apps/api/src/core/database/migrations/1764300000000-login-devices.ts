import { type MigrationInterface, type QueryRunner } from 'typeorm';

// Login throttling that a guesser cannot turn against the real user (core/auth/throttle.service.ts):
// - login_device: browsers that logged in before (the massar_device cookie, stored hashed), each
//   bound to one account, with its own count of failed attempts since it was issued;
// - login_throttle: one counter per identifier and per client address over a fixed window, updated
//   under a row lock so that concurrent guesses cannot all pass the limit. It replaces
//   login_failure, whose count-then-insert let them.
export class LoginDevices1764300000000 implements MigrationInterface {
  name = 'LoginDevices1764300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE login_device (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        token_hash bytea NOT NULL UNIQUE,
        account_id integer NOT NULL REFERENCES account(id) ON DELETE CASCADE,
        failures integer NOT NULL DEFAULT 0,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL
      );
      CREATE INDEX login_device_account_idx ON login_device(account_id);
      CREATE INDEX login_device_expires_idx ON login_device(expires_at);
      CREATE TABLE login_throttle (
        key text PRIMARY KEY,
        window_start timestamptz NOT NULL DEFAULT now(),
        attempts integer NOT NULL DEFAULT 0 CHECK (attempts >= 0)
      );
      CREATE INDEX login_throttle_window_idx ON login_throttle(window_start);
      DROP TABLE login_failure;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE login_failure (
        key text NOT NULL,
        failed_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX login_failure_key_idx ON login_failure(key, failed_at);
      DROP TABLE login_throttle, login_device;
    `);
  }
}
