import { expect, test } from '@playwright/test';
import { HomePage } from '../pages/HomePage';
import { LoginPage } from '../pages/LoginPage';
import { APPS, DEMO_PASSWORD, storageStateOf } from '../support/apps';
import { currentViewer } from '../support/viewer';

// The three apps, each with its own demo account, in real Chromium against the real server.
// Two journeys per app (each page load and login costs seconds of the suite's budget).
for (const app of APPS) {
  test.describe(`${app.key} (${app.path})`, () => {
    test.describe('logged in', () => {
      test.use({ storageState: storageStateOf(app) });

      test('shows its home page and who is logged in; switching to Arabic lays it out right to left', async ({ page }) => {
        const home = new HomePage(page, app);
        await home.goto();
        const viewer = await currentViewer(page.request);
        expect(viewer.role).toBe(app.role);
        await home.header.expectLoggedInAs(viewer.displayName);

        // Switching to Arabic lays the page out right to left.
        await expect(page.locator('html')).not.toHaveAttribute('dir', 'rtl');
        await home.header.chooseLanguage('العربية');
        await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
        await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
        await expect(home.heading).toBeHidden(); // the heading is no longer in French
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      });
    });

    test.describe('logged out', () => {
      test('a wrong password shows an error and stays on the login page; the right one logs in, and out again', async ({ page }) => {
        const login = new LoginPage(page, app);
        await login.goto();
        await login.login(app.account, `${DEMO_PASSWORD}-wrong`);
        await expect(login.error).toBeVisible();
        // Worded in the page's language from the API's reason, not the server's English message.
        await expect(login.error).toHaveText('Identifiant ou mot de passe incorrect.');
        await login.expectShown();
        await expect(new HomePage(page, app).heading).toBeHidden();

        // The right password then logs in, and logging out returns to the login page.
        await login.login(app.account, DEMO_PASSWORD);
        const home = new HomePage(page, app);
        await home.expectShown();
        await home.header.expectLoggedInAs((await currentViewer(page.request)).displayName);

        await home.header.logout();
        await login.expectShown();
        // The session is really gone: the home page sends the visitor back to the login page.
        await page.goto(app.path);
        await login.expectShown();
      });
    });
  });
}
