import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { AppHeader } from '../pages/AppHeader';
import { HomePage } from '../pages/HomePage';
import { LoginPage } from '../pages/LoginPage';
import { ClassAssignmentPage, RegistrationPage, type NewPupil } from '../pages/StartOfYearPages';
import { DEMO_PASSWORD, appOf } from '../support/apps';
import { expectNoSeriousViolations } from '../support/axe';
import { authDir } from '../support/paths';

// The start of the year as the demo school's secretariat does it: a new pupil is registered in
// 1AC-2 (the form's own checks, then the API's refusal worded on its field), gets a code Massar
// and a slip to print, and appears in the class's list and on their record page. 1AC-2 is not
// the class the grades journey marks; the pupil's last name sorts them onto the list's first page.

const SECRETARY = 'secretariat@demo.massar.ma';
const CLASS_NAME = '1AC-2';
const OTHER_CLASS = '1AC-1';
const secretaryState = join(authDir(), 'backoffice-secretary.json');

/** Letters only, different on every run: a second run on the same server registers another pupil. */
function runSuffix(): string {
  return Date.now()
    .toString(26)
    .split('')
    .map((c) => String.fromCharCode(97 + parseInt(c, 26)))
    .join('');
}

const suffix = runSuffix();
const PUPIL: NewPupil = {
  lastName: 'Aabid',
  firstName: `Salma${suffix}`,
  lastNameAr: 'عابد',
  firstNameAr: 'سلمى',
  birthDate: '2014-03-12',
  birthPlace: 'Casablanca',
  gender: 'Fille',
  guardian: { relationship: 'Mère', lastName: 'Aabid', firstName: 'Nadia', lastNameAr: 'عابد', firstNameAr: 'نادية', phone: '06 61 23 45 67' },
};
const SORT_NAME = `${PUPIL.lastName} ${PUPIL.firstName}`;

/** "28 / 40 élèves" of a class on the start-of-year page, as a number. */
async function enrolledIn(page: Page, className: string): Promise<number> {
  const row = page.getByRole('table', { name: 'Classes de l\'année et places' }).getByRole('row').filter({ has: page.getByRole('rowheader', { name: className, exact: true }) });
  const text = (await row.getByText(/^\d+ \/ \d+ élèves$/).textContent()) ?? '';
  return Number(text.split(' / ')[0]);
}

test.describe('start of year: the secretariat registers a new pupil', () => {
  // Several axe scans per test: more than the default 30 s on a loaded 2-core machine.
  test.describe.configure({ mode: 'serial', timeout: 90_000 });

  let codeMassar = '';

  // The secretariat logs in once, through the login page; the tests reuse the session.
  test.beforeAll(async ({ browser }) => {
    // An empty session to start from: this describe's storageState is the file written here.
    const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
    const page = await context.newPage();
    const backoffice = appOf('backoffice');
    const login = new LoginPage(page, backoffice);
    await login.goto();
    await login.login(SECRETARY, DEMO_PASSWORD);
    await expect(page.getByRole('heading', { level: 1, name: backoffice.homeHeading })).toBeVisible();
    await context.storageState({ path: secretaryState });
    await context.close();
  });

  test.use({ storageState: secretaryState });

  test('registers a pupil: every field in error at once, the API\'s refusal on its field, then the code Massar and the slip', async ({ page }) => {
    await new HomePage(page, appOf('backoffice')).goto();
    await page.getByRole('navigation', { name: 'Rubriques' }).getByRole('link', { name: 'Rentrée', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: /^Rentrée scolaire \d{4}-\d{4}$/ })).toBeVisible();
    const before = await enrolledIn(page, CLASS_NAME);
    await page.getByRole('link', { name: `Inscrire un nouvel élève en ${CLASS_NAME}`, exact: true }).click();

    const form = new RegistrationPage(page);
    await expect(form.heading).toBeVisible();
    await expect(form.classSelect).toHaveValue(/.+/);
    await expect(form.classSelect.locator('option:checked')).toHaveText(new RegExp(`^${CLASS_NAME} — \\d+ places? restantes? \\(${before}/40\\)$`));
    await expectNoSeriousViolations(page, 'registration form (fr)');

    // Sent half-filled with a wrong phone: nothing is sent, every field in error says why, the first one has the focus.
    await form.field(form.pupil, 'Nom \\(lettres latines\\)').fill(PUPIL.lastName);
    await form.guardian.getByRole('textbox', { name: /^Téléphone portable/ }).fill('0612');
    await form.submit.click();
    await expect(form.refusedNotice).toBeVisible();
    const firstName = form.field(form.pupil, 'Prénom \\(lettres latines\\)');
    await expect(firstName).toBeFocused();
    await expect(firstName).toHaveAttribute('aria-invalid', 'true');
    await expect(form.pupil.getByText('Ce champ est obligatoire.').first()).toBeVisible();
    await expect(form.guardian.getByText('Un numéro de portable s\'écrit 0612345678 ou +212612345678.')).toBeVisible();
    await expectNoSeriousViolations(page, 'registration form with fields in error (fr)');

    // A birth date the form accepts but the API refuses (too old for a pupil): its reason, worded, on the date field.
    await form.fill({ ...PUPIL, birthDate: '1980-01-01' });
    await form.submit.click();
    const birthDate = form.pupil.getByLabel(/^Date de naissance/);
    await expect(form.pupil.getByText('Un élève a entre 3 et 30 ans : vérifiez la date de naissance.')).toBeVisible();
    await expect(birthDate).toHaveAttribute('aria-invalid', 'true');
    await expect(form.refusedNotice).toHaveText(/corrigez le champ signalé/);

    await birthDate.fill(PUPIL.birthDate);
    await form.submit.click();
    await expect(form.slip).toBeVisible();
    codeMassar = await form.codeMassar();
    await expect(page.getByRole('status')).toContainText(`Code Massar : ${codeMassar}`);
    await expect(form.slip).toContainText(`${PUPIL.lastName} ${PUPIL.firstName}`);
    await expect(form.slip).toContainText(CLASS_NAME);
    await expect(form.slip).toContainText('Collège Al Massira');
    await expectNoSeriousViolations(page, 'registration done, with the slip (fr)');

    // "Print" opens the browser's print dialog; on paper, the slip alone.
    await page.evaluate(() => {
      window.print = () => document.body.setAttribute('data-printed', 'yes');
    });
    await form.printButton.click();
    await expect(page.locator('body')).toHaveAttribute('data-printed', 'yes');
    await page.emulateMedia({ media: 'print' });
    await expect(form.slip).toBeVisible();
    await expect(form.slip.getByText(codeMassar, { exact: true })).toBeVisible();
    await expect(new AppHeader(page).banner).toBeHidden();
    await expect(form.printButton).toBeHidden();
    await page.emulateMedia({ media: 'screen' });

    // The class now holds one more pupil.
    await page.getByRole('navigation', { name: 'Rubriques' }).getByRole('link', { name: 'Rentrée', exact: true }).click();
    await expect.poll(() => enrolledIn(page, CLASS_NAME)).toBe(before + 1);
  });

  test('the pupil is in the class\'s list; enrolling them again elsewhere is refused in words', async ({ page }) => {
    await page.goto('/staff/start-of-year');
    await page.getByRole('link', { name: `Élèves de la classe ${CLASS_NAME}`, exact: true }).click();
    const classPage = new ClassAssignmentPage(page, CLASS_NAME);
    await classPage.expectShown();
    const row = classPage.row(SORT_NAME);
    await expect(row).toContainText(codeMassar);

    // Ticked from the keyboard.
    const box = row.getByRole('checkbox', { name: `Sélectionner ${SORT_NAME}` });
    await box.focus();
    await page.keyboard.press('Space');
    await expect(box).toBeChecked();
    await expect(page.getByText('1 élève sélectionné', { exact: true })).toBeVisible();
    await expectNoSeriousViolations(page, 'a class\'s pupils with one ticked (fr)');

    // Another class of the year: the pupil already has one this year.
    await page.goto('/staff/start-of-year');
    await page.getByRole('link', { name: `Élèves de la classe ${OTHER_CLASS}`, exact: true }).click();
    const other = new ClassAssignmentPage(page, OTHER_CLASS);
    await other.expectShown();
    await other.enrol(codeMassar.toLowerCase());
    await expect(page.getByText('Cet élève est déjà inscrit dans une classe cette année.')).toBeVisible();
    await expect(other.row(SORT_NAME)).toHaveCount(0);
  });

  test('the pupil\'s record: identity, guardian, enrolment; found by name; in Arabic right to left', async ({ page }) => {
    await page.goto('/staff/pupils');
    const search = page.getByRole('searchbox', { name: /^Code Massar ou nom/ });
    await search.fill(PUPIL.lastName);
    await page.getByRole('button', { name: 'Rechercher', exact: true }).click();
    const results = page.getByRole('table', { name: `Élèves trouvés pour « ${PUPIL.lastName} »` });
    await results.getByRole('link', { name: SORT_NAME, exact: true }).click();

    await expect(page.getByRole('heading', { level: 1, name: `${PUPIL.firstName} ${PUPIL.lastName} — ${codeMassar}` })).toBeVisible();
    const identity = page.getByRole('region', { name: 'Identité' });
    await expect(identity).toContainText(codeMassar);
    await expect(identity).toContainText(`${PUPIL.lastNameAr} ${PUPIL.firstNameAr}`);
    const guardians = page.getByRole('region', { name: 'Parents et tuteurs' });
    await expect(guardians.getByRole('row').filter({ hasText: 'Nadia' })).toContainText('Mère');
    await expect(guardians).toContainText('0661234567');
    const schooling = page.getByRole('region', { name: 'Scolarité' });
    await expect(schooling.getByRole('row').filter({ hasText: 'Collège Al Massira' })).toContainText(CLASS_NAME);
    await expect(schooling).toContainText('En cours');
    await expect(page.getByRole('region', { name: /^Résultats / })).toContainText('Aucune note pour');
    await expectNoSeriousViolations(page, 'a pupil\'s record (fr)');

    await new AppHeader(page).chooseLanguage('العربية');
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(page.getByRole('heading', { level: 1, name: `${PUPIL.firstNameAr} ${PUPIL.lastNameAr} — ${codeMassar}` })).toBeVisible();
    await expect(page.getByRole('region', { name: 'الهوية' })).toBeVisible();
    await expectNoSeriousViolations(page, 'a pupil\'s record (ar)');
  });

  test('a code no pupil of the school has reads as such', async ({ page }) => {
    await page.goto('/staff/pupils');
    await page.getByRole('searchbox', { name: /^Code Massar ou nom/ }).fill('z999999999');
    await page.keyboard.press('Enter');
    await expect(page.getByText('Aucun élève avec le code Z999999999 dans votre établissement.')).toBeVisible();
  });
});
