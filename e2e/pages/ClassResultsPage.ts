import { expect, type Locator, type Page } from '@playwright/test';
import { TermTabs, type TermTabLabel } from './TermTabs';

export type TermStatusLabel = 'Ouvert' | 'Verrouillé' | 'Publié';

/** A director's results of one class (back office): term status and actions, the results table. */
export class ClassResultsPage {
  readonly terms: TermTabs;
  readonly lockButton: Locator;
  readonly publishButton: Locator;
  readonly reopenButton: Locator;
  readonly resultsTable: Locator;

  constructor(readonly page: Page) {
    this.terms = new TermTabs(page);
    this.lockButton = page.getByRole('button', { name: 'Valider et verrouiller', exact: true });
    this.publishButton = page.getByRole('button', { name: 'Publier', exact: true });
    this.reopenButton = page.getByRole('button', { name: 'Rouvrir', exact: true });
    this.resultsTable = page.getByRole('table', { name: 'Résultats de la classe', exact: true });
  }

  /** From the director's home page, through the class's link, to one term. */
  async openFromHome(className: string, term: TermTabLabel): Promise<void> {
    await this.page.goto('/staff/');
    await this.page.getByRole('link', { name: `Voir les résultats de ${className}`, exact: true }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: `Résultats — ${className}` })).toBeVisible();
    await this.terms.choose(term);
  }

  /** The term's status section ("Semestre 2 :" and its badge). */
  termSection(term: TermTabLabel): Locator {
    return this.page.getByRole('region', { name: `${term} :`, exact: true });
  }

  async expectStatus(term: TermTabLabel, status: TermStatusLabel): Promise<void> {
    await expect(this.termSection(term).getByText(status, { exact: true })).toBeVisible();
  }

  /** What the last action did, e.g. "Semestre 2 publié : les familles voient les résultats." */
  doneNotice(text: string | RegExp): Locator {
    return this.page.getByRole('status').filter({ hasText: text });
  }

  async lock(term: TermTabLabel): Promise<void> {
    await this.lockButton.click();
    await this.expectStatus(term, 'Verrouillé');
  }

  async publish(term: TermTabLabel): Promise<void> {
    await this.publishButton.click();
    await this.expectStatus(term, 'Publié');
  }

  /** A pupil's row of the results table ("Last First", as the table names pupils). */
  row(pupil: string): Locator {
    return this.resultsTable.getByRole('row').filter({ has: this.page.getByRole('rowheader', { name: pupil, exact: true }) });
  }
}
