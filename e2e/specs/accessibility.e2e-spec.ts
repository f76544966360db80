import { expect, test, type Page } from '@playwright/test';
import { AppHeader } from '../pages/AppHeader';
import { ChildResultsPage } from '../pages/ChildResultsPage';
import { ClassResultsPage } from '../pages/ClassResultsPage';
import { GradeGridPage } from '../pages/GradeGridPage';
import { HomePage } from '../pages/HomePage';
import { LoginPage } from '../pages/LoginPage';
import { APPS, TEACHER_ACCOUNT, appOf, storageStateOf, storageStateOfAccount } from '../support/apps';
import { expectNoSeriousViolations } from '../support/axe';
import { childInClass } from '../support/evaluation';

// Every screen of the three apps, in French and in Arabic (right to left), checked with axe-core
// as each role sees it on the demo data. The checks only read: no state is changed.

const CLASS_NAME = '1AC-1';
const PHONE = { width: 360, height: 740 };

/** Checks the screen in French, then again after switching the interface to Arabic. */
async function checkBothLanguages(page: Page, screen: string): Promise<void> {
  await expectNoSeriousViolations(page, `${screen} (fr)`);
  await new AppHeader(page).chooseLanguage('العربية');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expectNoSeriousViolations(page, `${screen} (ar)`);
}

for (const app of APPS) {
  test(`${app.key}: the login page`, async ({ page }) => {
    await new LoginPage(page, app).goto();
    await checkBothLanguages(page, `${app.key} login`);
  });

  test.describe(`${app.key}: the home page`, () => {
    test.use({ storageState: storageStateOf(app) });
    test(`as ${app.role}`, async ({ page }) => {
      await new HomePage(page, app).goto();
      await checkBothLanguages(page, `${app.key} home`);
    });
  });
}

test.describe('portal: a child\'s results on a phone', () => {
  test.use({ storageState: storageStateOf(appOf('portal')), viewport: PHONE });
  test('each term and the year', async ({ page }) => {
    const child = await childInClass(page.request, CLASS_NAME);
    const results = new ChildResultsPage(page);
    await results.openFromHome(`${child.firstName} ${child.lastName}`, 'Semestre 1');
    await expectNoSeriousViolations(page, 'portal child results, S1 (fr)');
    // "How is this average computed?", opened everywhere it is offered.
    const disclosures = page.locator('details > summary');
    for (let i = 0; i < (await disclosures.count()); i++) await disclosures.nth(i).click();
    await expectNoSeriousViolations(page, 'portal child results, S1, every derivation open (fr)');
    await results.terms.choose('Année');
    await checkBothLanguages(page, 'portal child results, year');
  });
});

test.describe('back office: a director\'s class results', () => {
  test.use({ storageState: storageStateOf(appOf('backoffice')) });
  test('term and year', async ({ page }) => {
    // Five axe scans of the largest page (a class's results table, in two languages) take longer
    // than the default budget on a loaded 2-core machine.
    test.setTimeout(120_000);
    const results = new ClassResultsPage(page);
    await results.openFromHome(CLASS_NAME, 'Semestre 1');
    await expectNoSeriousViolations(page, 'class results, S1 (fr)');
    // A pupil's derivation, the reopening form (not sent) and the audit trail of an assessment.
    await page.getByRole('button', { name: /^Détail du calcul — / }).first().click();
    if (await results.reopenButton.isVisible()) await results.reopenButton.click();
    const audit = page.getByRole('combobox', { name: 'Évaluation', exact: true });
    if ((await audit.count()) > 0) await audit.selectOption({ index: 1 });
    await expectNoSeriousViolations(page, 'class results, S1, derivation, reopening form and audit trail (fr)');
    await results.terms.choose('Année');
    await checkBothLanguages(page, 'class results, year');
  });
});

test.describe('back office: a teacher\'s grade grid', () => {
  test.use({ storageState: storageStateOfAccount(TEACHER_ACCOUNT) });
  test('home and grid', async ({ page }) => {
    const grid = new GradeGridPage(page);
    await page.goto('/staff/');
    await expect(grid.assignmentLink(CLASS_NAME, 'Mathématiques')).toBeVisible();
    await expectNoSeriousViolations(page, 'teacher home (fr)');
    await grid.openFromHome(CLASS_NAME, 'Mathématiques', 'Semestre 1');
    await expectNoSeriousViolations(page, 'grade grid of a published term (fr)');
    // S2 is open on the demo data: its grid offers the new-assessment form.
    await grid.terms.choose('Semestre 2');
    await page.getByRole('button', { name: 'Nouvelle évaluation', exact: true }).click();
    await checkBothLanguages(page, 'grade grid, with the new-assessment form open');
  });
});
