import { join } from 'node:path';
import { expect, type Browser } from '@playwright/test';
import { LoginPage } from '../pages/LoginPage';
import { DEMO_PASSWORD, appOf } from './apps';
import { authDir } from './paths';

/** The demo accounts of the mobility journeys (DESIGN's demo table), each with its saved session's file. */
export const MOBILITY_ACCOUNTS = {
  director: 'directeur@demo.massar.ma',
  directorB: 'directeur.b@demo.massar.ma',
  province: 'province@demo.massar.ma',
} as const;

export type MobilityAccount = keyof typeof MOBILITY_ACCOUNTS;

export const sessionFile = (account: MobilityAccount) => join(authDir(), `backoffice-mobility-${account}.json`);

/** Logs the account in once through the back office's login page and saves its session for the journey's tests. */
export async function logInOnce(browser: Browser, account: MobilityAccount): Promise<void> {
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const page = await context.newPage();
  const backoffice = appOf('backoffice');
  const login = new LoginPage(page, backoffice);
  await login.goto();
  await login.login(MOBILITY_ACCOUNTS[account], DEMO_PASSWORD);
  await expect(page.getByRole('heading', { level: 1, name: backoffice.homeHeading })).toBeVisible();
  await context.storageState({ path: sessionFile(account) });
  await context.close();
}
