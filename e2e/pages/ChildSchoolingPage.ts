import { expect, type Locator, type Page } from '@playwright/test';

/** A child's schooling in the parents' portal (French): the school of today and the history of schools. */
export class ChildSchoolingPage {
  readonly current: Locator;
  readonly history: Locator;

  constructor(readonly page: Page) {
    this.current = page.getByRole('region', { name: 'Établissement actuel', exact: true });
    this.history = page.getByRole('list', { name: 'Historique des établissements', exact: true });
  }

  /** From the home page, through the child's card ("Scolarité de First Last"). */
  async openFromHome(childName: string): Promise<void> {
    await this.page.goto('/');
    await this.page.getByRole('link', { name: `Scolarité de ${childName}`, exact: true }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: childName })).toBeVisible();
  }

  /** The history's entry of one year at one school ("2026-2027 — Collège Al Massira"). */
  entry(year: string, school: string): Locator {
    return this.history.getByRole('listitem', { name: `${year} — ${school}`, exact: true });
  }
}
