import { expect, type Locator, type Page } from '@playwright/test';

/** The back office's sections ("Rubriques"), above every page of school staff and directorates. */
export function sectionLink(page: Page, name: string): Locator {
  return page.getByRole('navigation', { name: 'Rubriques' }).getByRole('link', { name, exact: true });
}

/** Passage d'année: the year to open, preview, run behind a confirmation, the report. */
export class RolloverPage {
  readonly heading: Locator;
  readonly year: Locator;
  readonly preview: Locator;
  readonly run: Locator;
  readonly report: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Passage à l\'année suivante' });
    this.year = page.getByRole('combobox', { name: 'Année à ouvrir' });
    this.preview = page.getByRole('button', { name: 'Aperçu', exact: true });
    this.run = page.getByRole('button', { name: 'Lancer le passage', exact: true });
    this.report = page.getByRole('region', { name: /^(Aperçu|Rapport) du passage / });
  }

  /** A figure of the report, by its label ("Élèves réinscrits"), as a number (French digits, spaces as thousands separators). */
  async stat(label: string): Promise<number> {
    const text = (await this.report.getByRole('group', { name: label, exact: true }).locator('.massar-stat-value').textContent()) ?? '';
    return Number(text.replace(/\s/g, ''));
  }

  async runFor(year: string): Promise<void> {
    await this.run.click();
    await this.page.getByRole('button', { name: `Oui, ouvrir l'année ${year}`, exact: true }).click();
  }
}

/** Transferts: the tabs, the list, the decision panel, the request form. */
export class TransfersPage {
  readonly heading: Locator;
  readonly list: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Transferts d\'élèves' });
    this.list = page.getByRole('table', { name: 'Transferts', exact: true });
  }

  tab(name: RegExp | string): Locator {
    return this.page.getByRole('navigation', { name: 'Transferts affichés' }).getByRole('link', { name });
  }

  row(sortName: string): Locator {
    return this.list.getByRole('row').filter({ hasText: sortName });
  }

  async request(codeMassar: string, toSchoolCode: string, reason: string): Promise<void> {
    const form = this.page.getByRole('form', { name: 'Demander un transfert' });
    await form.getByRole('combobox', { name: 'L\'élève' }).selectOption({ label: 'quitte notre établissement' });
    await form.getByRole('textbox', { name: /^Code Massar de l'élève/ }).fill(codeMassar);
    await form.getByRole('textbox', { name: /^Code de l'établissement d'accueil/ }).fill(toSchoolCode);
    await form.getByRole('textbox', { name: /^Motif/ }).fill(reason);
    await form.getByRole('button', { name: 'Demander le transfert', exact: true }).click();
  }

  async expectShown(): Promise<void> {
    await expect(this.heading).toBeVisible();
  }
}
