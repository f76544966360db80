import { test as setup } from '@playwright/test';
import { HomePage } from '../pages/HomePage';
import { LoginPage } from '../pages/LoginPage';
import { APPS, DEMO_PASSWORD, storageStateOf } from '../support/apps';

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
