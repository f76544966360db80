import { rmSync } from 'node:fs';
import { authDir } from './support/paths';
import { stopServer } from './support/server';

// eslint-disable-next-line no-restricted-syntax -- Playwright loads a global hook from the default export.
export default async function globalTeardown(): Promise<void> {
  await stopServer();
  rmSync(authDir(), { recursive: true, force: true });
}
