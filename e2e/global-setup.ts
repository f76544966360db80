import { rmSync } from 'node:fs';
import type { FullConfig } from '@playwright/test';
import { authDir } from './support/paths';
import { startServer } from './support/server';

/** Starts the real server (unless MASSAR_E2E_BASE_URL points at one already running). */
// eslint-disable-next-line no-restricted-syntax -- Playwright loads a global hook from the default export.
export default async function globalSetup(config: FullConfig): Promise<void> {
  rmSync(authDir(), { recursive: true, force: true });
  if (process.env.MASSAR_E2E_BASE_URL) return;
  const baseURL = config.projects[0]?.use.baseURL;
  if (!baseURL) throw new Error('playwright.config.ts sets no baseURL');
  await startServer(baseURL);
}
