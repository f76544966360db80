import { defineConfig } from '@playwright/test';
import { chooseChromium } from './support/browser';
import { runId } from './support/paths';
import { freePort } from './support/server';

// The config is loaded by the runner and again by each worker: the port and the run id are picked
// once, by the runner, and handed down through the environment the workers inherit.
runId();
process.env.MASSAR_E2E_PORT ??= String(await freePort());
const baseURL = process.env.MASSAR_E2E_BASE_URL ?? `http://127.0.0.1:${process.env.MASSAR_E2E_PORT}`;
const chromium = await chooseChromium();

export default defineConfig({
  testDir: './specs',
  testMatch: /.*\.(setup|e2e-spec)\.ts$/,
  outputDir: '../.tmp/e2e-results',
  workers: 1,
  fullyParallel: false,
  retries: 0,
  reporter: 'list',
  forbidOnly: !!process.env.CI,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  globalSetup: './global-setup.ts',
  globalTeardown: './global-teardown.ts',
  use: {
    baseURL,
    browserName: 'chromium',
    headless: true,
    launchOptions: chromium.launchOptions,
    locale: 'fr-FR',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    // Logs each demo account in once through the login page and saves its session for the specs.
    { name: 'setup', testMatch: /.*\.setup\.ts$/ },
    { name: 'chromium', testMatch: /.*\.e2e-spec\.ts$/, dependencies: ['setup'] },
  ],
  metadata: { chromium: chromium.source },
});
