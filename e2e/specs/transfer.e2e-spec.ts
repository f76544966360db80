import { expect, test, type Page } from '@playwright/test';
import { TransfersPage, sectionLink } from '../pages/MobilityPages';
import { expectNoSeriousViolations } from '../support/axe';
import { graphql } from '../support/graphql';
import { logInOnce, sessionFile } from '../support/mobilityAccounts';

// A transfer between the two demo schools, in two provinces of one region: the demo school's
// director asks for a pupil of 3AC-1 (with a term of grades) to move to Collège Ibn Khaldoun, the
// origin's directorate approves, and the pupil is then in a class of Ibn Khaldoun, whose director
// reads their earlier results; the origin no longer lists them, and its record says TRANSFERRED.

const ORIGIN = '06141C0001';
const DESTINATION = '06371C0001';
const CLASS_NAME = '3AC-1';

interface Pupil {
  codeMassar: string;
  firstName: string;
  lastName: string;
}

interface ClassPupils {
  school: { classes: { name: string; students: { edges: { node: Pupil & { results: { generalAverage: number | null } | null } }[] } }[] };
  me: { children: Pupil[] };
}

/** A class's roster (Rentrée → the class's pupils), as school staff open it. */
async function openClass(page: Page, className: string) {
  await page.goto('/staff/');
  await sectionLink(page, 'Rentrée').click();
  await page.getByRole('link', { name: `Élèves de la classe ${className}`, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: new RegExp(`^Classe ${className} — `) })).toBeVisible();
  return page.getByRole('table', { name: `Élèves de ${className}`, exact: true });
}

/** A pupil's record, found by code Massar in the pupil search. */
async function openRecord(page: Page, codeMassar: string) {
  await page.goto('/staff/');
  await sectionLink(page, 'Élèves').click();
  await page.getByRole('searchbox', { name: /^Code Massar ou nom/ }).fill(codeMassar);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: new RegExp(`— ${codeMassar}$`) })).toBeVisible();
}

test.describe('a transfer between the two demo schools, decided by the province', () => {
  test.describe.configure({ mode: 'serial', timeout: 120_000 });

  let pupil: Pupil;
  let sortName = '';
  let average = '';

  test.beforeAll(async ({ browser }) => {
    // Three logins through the login page: more than a hook's default 30 s on a loaded 2-core machine.
    test.setTimeout(120_000);
    for (const account of ['director', 'directorB', 'province'] as const) await logInOnce(browser, account);
  });

  test.describe('the origin\'s director', () => {
    test.use({ storageState: sessionFile('director') });

    test('asks for the transfer of a pupil of 3AC-1 to Collège Ibn Khaldoun', async ({ page }) => {
      await page.goto('/staff/');
      // The pupil: the first of 3AC-1 by name with an S1 average (on the roster's first page), none of the demo
      // parent's children (the portal's journeys use them).
      const data = await graphql<ClassPupils>(
        page.request,
        `query($code: String!) { me { children { codeMassar firstName lastName } }
           school(code: $code) { classes { name students(first: 30) { edges { node { codeMassar firstName lastName results(term: S1) { generalAverage } } } } } } }`,
        { code: ORIGIN },
      );
      const family = new Set(data.me.children.map((c) => c.codeMassar));
      const candidates = data.school.classes.find((c) => c.name === CLASS_NAME)?.students.edges.map((e) => e.node) ?? [];
      const chosen = candidates.find((p) => !family.has(p.codeMassar) && p.results?.generalAverage != null);
      expect(chosen, `a pupil of ${CLASS_NAME} with grades`).toBeTruthy();
      pupil = chosen!;
      sortName = `${pupil.lastName} ${pupil.firstName}`;
      average = new Intl.NumberFormat('fr-FR', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(chosen!.results!.generalAverage!);

      await sectionLink(page, 'Transferts').click();
      const transfers = new TransfersPage(page);
      await transfers.expectShown();
      await transfers.request(pupil.codeMassar.toLowerCase(), DESTINATION, 'Déménagement de la famille à Mohammedia');
      await expect(page.getByRole('status').filter({ hasText: `Demande de transfert envoyée pour ${pupil.firstName} ${pupil.lastName}.` })).toBeVisible();

      // Under way, waiting for the origin's provincial directorate; the origin may still cancel it.
      await transfers.tab('En cours').click();
      const row = transfers.row(sortName);
      await expect(row).toContainText('Demandé');
      await expect(row).toContainText('Collège Al Massira → Collège Ibn Khaldoun');
      await expect(row).toContainText('La direction provinciale d\'origine');
      await expect(row.getByRole('button', { name: `Annuler la demande de transfert de ${sortName}` })).toBeVisible();
      await expectNoSeriousViolations(page, 'transfers under way (fr)');

      // Asked twice: refused, in words.
      await transfers.request(pupil.codeMassar, DESTINATION, '');
      await expect(page.getByText('Une demande de transfert de cet élève vers cet établissement est déjà en cours.')).toBeVisible();
    });
  });

  test.describe('the province', () => {
    test.use({ storageState: sessionFile('province') });

    test('sees the transfer waiting for it and approves it, from the keyboard', async ({ page }) => {
      await page.goto('/staff/');
      await expect(page.getByText(/^1 transfert attend votre décision\.$/)).toBeVisible();
      await page.getByRole('link', { name: 'Ouvrir les transferts', exact: true }).click();
      const transfers = new TransfersPage(page);
      await transfers.expectShown();
      await expect(transfers.tab('À décider (1)')).toHaveAttribute('aria-current', 'page');
      const row = transfers.row(sortName);
      await expect(row).toContainText(pupil.codeMassar);
      await expectNoSeriousViolations(page, 'transfers to decide, province (fr)');

      const approve = row.getByRole('button', { name: `Approuver le transfert de ${sortName}`, exact: true });
      await approve.focus();
      await page.keyboard.press('Enter');
      const panel = page.getByRole('region', { name: `Approuver le transfert de ${sortName}` });
      await expect(panel.getByRole('heading', { name: `Approuver le transfert de ${sortName}` })).toBeFocused();
      await panel.getByRole('button', { name: 'Confirmer l\'approbation', exact: true }).click();
      await expect(page.getByRole('status').filter({ hasText: `Transfert effectué : ${sortName}` })).toBeVisible();
      await expect(page.getByText('Aucun transfert n\'attend votre décision.')).toBeVisible();

      await transfers.tab('Terminés').click();
      await expect(page.getByRole('table', { name: 'Transferts', exact: true }).getByRole('row').filter({ hasText: 'Effectué' })).toHaveCount(1);
    });
  });

  test.describe('the destination\'s director', () => {
    test.use({ storageState: sessionFile('directorB') });

    test('finds the pupil in a class of theirs, with their earlier results', async ({ page }) => {
      const roster = await openClass(page, CLASS_NAME);
      await expect(roster.getByRole('row').filter({ has: page.getByRole('rowheader', { name: sortName, exact: true }) })).toContainText(pupil.codeMassar);

      await openRecord(page, pupil.codeMassar);
      const schooling = page.getByRole('region', { name: 'Scolarité' });
      await expect(schooling.getByRole('row').filter({ hasText: 'Collège Ibn Khaldoun' })).toContainText('En cours');
      await expect(schooling).toContainText('Transféré');
      await expect(page.getByRole('region', { name: /^Résultats / })).toContainText(average);
      await expectNoSeriousViolations(page, 'a transferred pupil\'s record at the destination (fr)');
    });
  });

  test.describe('the origin\'s director, afterwards', () => {
    test.use({ storageState: sessionFile('director') });

    test('no longer lists the pupil in the class; the record says transferred', async ({ page }) => {
      const roster = await openClass(page, CLASS_NAME);
      await expect(roster.getByRole('rowheader').first()).toBeVisible();
      await expect(roster.getByRole('rowheader', { name: sortName, exact: true })).toHaveCount(0);

      await openRecord(page, pupil.codeMassar);
      const schooling = page.getByRole('region', { name: 'Scolarité' });
      await expect(schooling.getByRole('row').filter({ hasText: 'Collège Al Massira' })).toContainText('Transféré');
      await expect(schooling).not.toContainText('En cours');

      await sectionLink(page, 'Transferts').click();
      const transfers = new TransfersPage(page);
      await transfers.tab('Terminés').click();
      await expect(transfers.row(sortName)).toContainText('Effectué');
    });
  });
});
