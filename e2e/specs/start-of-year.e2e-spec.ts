import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { AppHeader } from '../pages/AppHeader';
import { HomePage } from '../pages/HomePage';
import { LoginPage } from '../pages/LoginPage';
import { ClassAssignmentPage, RegistrationPage, type NewPupil } from '../pages/StartOfYearPages';
import { DEMO_PASSWORD, appOf, storageStateOf } from '../support/apps';
import { expectNoSeriousViolations } from '../support/axe';
import { authDir } from '../support/paths';

// The start of the year as the demo school's secretariat does it: a new pupil is registered in
// 1AC-2 (the form's own checks, then the API's refusal worded on its field), gets a code Massar
// and a slip to print, and appears in the class's list and on their record page; registering the
// same child again is warned of and refused; the pupil is moved to 1AC-1 from the selection (a
// graded classmate is refused in words), then back. 1AC-2 is not the class the grades journey
// marks, and 1AC-1 is left as it was; the pupil's last name sorts them onto a list's first page.

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

  test('registering the same child again is warned of as the identity is typed, refused, and creates nobody', async ({ page }) => {
    await page.goto('/staff/start-of-year');
    const before = await enrolledIn(page, CLASS_NAME);
    await page.getByRole('link', { name: `Inscrire un nouvel élève en ${CLASS_NAME}`, exact: true }).click();
    const form = new RegistrationPage(page);
    await expect(form.heading).toBeVisible();
    // The same names, birth date and place (Arabic names and guardian differ: it is the identity that counts).
    await form.fill({ ...PUPIL, firstNameAr: 'سلمى ب', guardian: { ...PUPIL.guardian, firstName: 'Khadija', phone: '0662000000' } });
    await expect(form.duplicateWarning).toBeVisible();
    const match = form.duplicateWarning.getByRole('table', { name: 'Élèves ayant la même identité' }).getByRole('row').filter({ hasText: codeMassar });
    await expect(match).toContainText(SORT_NAME);
    await expect(match).toContainText('Collège Al Massira');
    await expect(match.getByRole('link', { name: `Ouvrir le dossier de ${codeMassar}`, exact: true })).toHaveAttribute('href', new RegExp(`/pupils/${codeMassar}$`));
    await expectNoSeriousViolations(page, 'registration form warning of a duplicate (fr)');

    // Sent anyway: the API refuses it, the pupil found is shown again, with the explicit "another child" choice.
    await form.submit.click();
    await expect(form.duplicateRefusal).toBeVisible();
    await expect(form.duplicateRefusal).toContainText(codeMassar);
    await expect(form.anotherChild).toBeVisible();
    await expect(form.slip).toHaveCount(0);
    await expectNoSeriousViolations(page, 'registration refused as a duplicate (fr)');

    // Nobody was created: the class counts as many pupils as before, and the match's link opens their record.
    await form.duplicateRefusal.getByRole('link', { name: `Ouvrir le dossier de ${codeMassar}`, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: `${PUPIL.firstName} ${PUPIL.lastName} — ${codeMassar}` })).toBeVisible();
    await page.goto('/staff/start-of-year');
    await expect.poll(() => enrolledIn(page, CLASS_NAME)).toBe(before);
  });

  test('the selection moves to another class of the level: a graded pupil is refused in words, then the new pupil moves', async ({ page }) => {
    await page.goto('/staff/start-of-year');
    const [inClass, inOther] = [await enrolledIn(page, CLASS_NAME), await enrolledIn(page, OTHER_CLASS)];
    await page.getByRole('link', { name: `Élèves de la classe ${CLASS_NAME}`, exact: true }).click();
    const classPage = new ClassAssignmentPage(page, CLASS_NAME);
    await classPage.expectShown();

    // The new pupil and a demo classmate, who has S1 grades in 1AC-2: the API moves nobody and says who stays.
    const classmate = classPage.roster.locator('tbody tr').filter({ hasNotText: codeMassar }).first();
    const classmateCode = ((await classmate.getByRole('cell').nth(1).textContent()) ?? '').trim();
    await classmate.getByRole('checkbox').click();
    await classPage.toggle(SORT_NAME);
    await expect(page.getByText('2 élèves sélectionnés', { exact: true })).toBeVisible();
    await classPage.moveSelectionTo(OTHER_CLASS, 2);
    const refusal = page.getByRole('alert').filter({ hasText: 'ont déjà des notes dans leur classe cette année' });
    await expect(refusal).toContainText(classmateCode);
    await expect(refusal).toContainText('Personne n\'a été déplacé.');
    await expect(classPage.row(SORT_NAME)).toBeVisible();
    await expectNoSeriousViolations(page, 'a class change refused (fr)');

    // Without the classmate, the new pupil moves: gone from 1AC-2, in 1AC-1.
    await classmate.getByRole('checkbox').click();
    await classPage.moveSelectionTo(OTHER_CLASS, 1);
    const done = page.getByRole('status').filter({ hasText: `1 élève déplacé en ${OTHER_CLASS}.` });
    await expect(done).toBeVisible();
    await expect(classPage.row(SORT_NAME)).toHaveCount(0);
    await done.getByRole('link', { name: `Voir la classe ${OTHER_CLASS}`, exact: true }).click();
    const other = new ClassAssignmentPage(page, OTHER_CLASS);
    await other.expectShown();
    await expect(other.row(SORT_NAME)).toContainText(codeMassar);
    await page.goto('/staff/start-of-year');
    await expect.poll(() => enrolledIn(page, OTHER_CLASS)).toBe(inOther + 1);
    await expect.poll(() => enrolledIn(page, CLASS_NAME)).toBe(inClass - 1);

    // And back, so that 1AC-1 (the grades journey's class) holds its demo pupils only.
    await page.getByRole('link', { name: `Élèves de la classe ${OTHER_CLASS}`, exact: true }).click();
    await other.expectShown();
    await other.toggle(SORT_NAME);
    await other.moveSelectionTo(CLASS_NAME, 1);
    await expect(page.getByRole('status').filter({ hasText: `1 élève déplacé en ${CLASS_NAME}.` })).toBeVisible();
    await expect(other.row(SORT_NAME)).toHaveCount(0);
  });

  test('a code no pupil of the school has reads as such', async ({ page }) => {
    await page.goto('/staff/pupils');
    await page.getByRole('searchbox', { name: /^Code Massar ou nom/ }).fill('z999999999');
    await page.keyboard.press('Enter');
    await expect(page.getByText('Aucun élève avec le code Z999999999 dans votre établissement.')).toBeVisible();
  });
});

test.describe('start of year: the director assigns a teacher', () => {
  test.use({ storageState: storageStateOf(appOf('backoffice')) });

  // English in 1AC-2 goes to the demo teacher, then is withdrawn: the demo's assignments are left as they were.
  test('a subject of the class is given to a teacher of the school, then withdrawn', async ({ page }) => {
    await page.goto('/staff/start-of-year');
    await page.getByRole('link', { name: `Élèves de la classe ${CLASS_NAME}`, exact: true }).click();
    const row = page.getByRole('table', { name: `Enseignants de ${CLASS_NAME}` }).getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Langue anglaise' }) });
    await row.getByRole('combobox', { name: 'Enseignant·e de Langue anglaise' }).selectOption({ label: 'Samira Ouali' });
    await row.getByRole('button', { name: 'Affecter l\'enseignant·e choisi·e à Langue anglaise' }).click();
    await expect(row.getByRole('cell', { name: 'Samira Ouali', exact: true })).toBeVisible();
    await expectNoSeriousViolations(page, 'a class\'s teachers, as the director assigns them');
    await row.getByRole('button', { name: 'Retirer l\'enseignant·e de Langue anglaise' }).click();
    await expect(row.getByRole('cell', { name: 'Non affecté', exact: true })).toBeVisible();
  });
});
