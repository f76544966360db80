import { expect, test as setup } from '@playwright/test';
import { HomePage } from '../pages/HomePage';
import { LoginPage } from '../pages/LoginPage';
import { APPS, DEMO_PASSWORD, EXTRA_ACCOUNTS, storageStateOf, storageStateOfAccount } from '../support/apps';
import { currentViewer } from '../support/viewer';

// Each app's demo account logs in once, through the real login page; the specs reuse the session.
for (const app of APPS) {
  setup(`log in to the ${app.key} as ${app.account}`, async ({ page }) => {
    const login = new LoginPage(page, app);
    await login.goto();
    await login.login(app.account, DEMO_PASSWORD);
    await new HomePage(page, app).expectShown();
    await page.context().storageState({ path: storageStateOf(app) });
  });
}

// The other demo accounts the journeys act as (the teacher), the same way.
for (const extra of EXTRA_ACCOUNTS) {
  setup(`log in to the ${extra.app.key} as ${extra.account}`, async ({ page }) => {
    const login = new LoginPage(page, extra.app);
    await login.goto();
    await login.login(extra.account, DEMO_PASSWORD);
    await new HomePage(page, extra.app).expectShown();
    expect((await currentViewer(page.request)).role).toBe(extra.role);
    await page.context().storageState({ path: storageStateOfAccount(extra) });
  });
}
