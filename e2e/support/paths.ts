import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (this file is e2e/support/paths.ts). */
export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Scratch space inside the project (git-ignored), never the system /tmp. */
export const tmpRoot = join(repoRoot, '.tmp');

/**
 * One id per `playwright test` run, chosen by the runner when it loads the config and inherited by
 * its workers, so that two runs at once (two engineers in one checkout) keep their files apart.
 */
export function runId(): string {
  process.env.MASSAR_E2E_RUN_ID ??= String(process.pid);
  return process.env.MASSAR_E2E_RUN_ID;
}

/** Where this run saves the logged-in sessions of the demo accounts (Playwright storageState). */
export function authDir(): string {
  return join(tmpRoot, `e2e-auth-${runId()}`);
}
