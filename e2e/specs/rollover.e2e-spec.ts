import { expect, test } from '@playwright/test';
import { RolloverPage, sectionLink } from '../pages/MobilityPages';
import { expectNoSeriousViolations } from '../support/axe';
import { graphql } from '../support/graphql';
import { logInOnce, sessionFile } from '../support/mobilityAccounts';

// The director opens next year: the preview says what would happen and writes nothing, the run
// creates next year's classes and re-registers the pupils from the year-end decisions, and a pupil
// the class council PROMOTED in 2AC-1 (the demo closes that class's year) is in 3AC-1 next year.
// Run again, it changes nothing and says so.

const SCHOOL = '06141C0001';

interface ClassDecisions {
  school: { classes: { name: string; schoolYear: { name: string }; results: { students: { decision: string | null; decisionConfirmed: boolean; student: { codeMassar: string; firstName: string; lastName: string } }[] } }[] };
}

/** The year after a school year: 2026-2027 → 2027-2028. */
const nextYear = (name: string) => `${name.slice(5)}-${Number(name.slice(5)) + 1}`;

test.describe('year rollover: the director previews then runs it', () => {
  test.describe.configure({ mode: 'serial', timeout: 120_000 });
  test.beforeAll(async ({ browser }) => {
    test.setTimeout(60_000);
    await logInOnce(browser, 'director');
  });
  test.use({ storageState: sessionFile('director') });

  test('preview, run, and a promoted pupil of 2AC-1 is in a 3AC class next year; a second run changes nothing', async ({ page }) => {
    // Which pupil to look for: one the class council promoted (read through the API the apps use).
    await page.goto('/staff/');
    const data = await graphql<ClassDecisions>(
      page.request,
      `query($code: String!) { school(code: $code) { classes { name schoolYear { name } results { students { decision decisionConfirmed student { codeMassar firstName lastName } } } } } }`,
      { code: SCHOOL },
    );
    const closed = data.school.classes.find((c) => c.name === '2AC-1');
    const promoted = closed?.results.students.find((s) => s.decision === 'PROMOTED' && s.decisionConfirmed)?.student;
    expect(promoted, 'the demo confirms PROMOTED decisions in 2AC-1').toBeTruthy();
    const sortName = `${promoted!.lastName} ${promoted!.firstName}`;
    const toYear = nextYear(closed!.schoolYear.name);

    await sectionLink(page, 'Passage d\'année').click();
    const rollover = new RolloverPage(page);
    await expect(rollover.heading).toBeVisible();
    await expect(rollover.year).toHaveValue(toYear);

    // The preview: the report, nothing written.
    await rollover.preview.click();
    await expect(rollover.report).toHaveAccessibleName(`Aperçu du passage ${closed!.schoolYear.name} → ${toYear}`);
    await expect(rollover.report.getByText('Aperçu : rien n\'est encore enregistré.')).toBeVisible();
    expect(await rollover.stat('Élèves réinscrits')).toBeGreaterThan(0);
    await expect(rollover.report.getByRole('region', { name: 'Élèves placés par niveau' })).toContainText('3e année collégiale');
    await expect(rollover.report.getByRole('region', { name: 'Élèves non placés' })).toContainText('Pas de décision de fin d\'année confirmée');
    // A dry run's classes do not exist yet: no link to them.
    await expect(rollover.report.getByRole('link', { name: `Élèves de la classe 3AC-1 (${toYear})` })).toHaveCount(0);
    await expectNoSeriousViolations(page, 'rollover preview (fr)');

    // The run, behind a confirmation: the report of what was done.
    await rollover.runFor(toYear);
    await expect(rollover.report).toHaveAccessibleName(`Rapport du passage ${closed!.schoolYear.name} → ${toYear}`, { timeout: 60_000 });
    await expect(page.getByRole('status').filter({ hasText: `Passage effectué : l'année ${toYear} est ouverte.` })).toBeVisible();
    await expectNoSeriousViolations(page, 'rollover report (fr)');

    // Next year's 3AC-1, from the report: the promoted pupil is on its list.
    await rollover.report.getByRole('link', { name: `Élèves de la classe 3AC-1 (${toYear})` }).click();
    await expect(page.getByRole('heading', { level: 1, name: `Classe 3AC-1 — ${toYear}` })).toBeVisible();
    const roster = page.getByRole('table', { name: 'Élèves de 3AC-1', exact: true });
    await expect(roster.getByRole('row').filter({ has: page.getByRole('rowheader', { name: sortName, exact: true }) })).toContainText(promoted!.codeMassar);

    // Run again: the API changes nothing, and the screen says so.
    await sectionLink(page, 'Passage d\'année').click();
    await expect(rollover.heading).toBeVisible();
    await rollover.runFor(toYear);
    await expect(page.getByRole('status').filter({ hasText: `Rien n'a changé : le passage à l'année ${toYear} avait déjà été fait.` })).toBeVisible({ timeout: 60_000 });
    expect(await rollover.stat('Élèves réinscrits')).toBe(0);
    expect(await rollover.stat('Déjà inscrits l\'an prochain')).toBeGreaterThan(0);
  });
});
