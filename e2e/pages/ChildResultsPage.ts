import { expect, type Locator, type Page } from '@playwright/test';
import { TermTabs, type TermTabLabel } from './TermTabs';

/** Labels of the results screen in one language (the portal offers French and Arabic). */
export interface ChildResultsLabels {
  resultsOf: (name: string) => string;
  generalAverage: string;
  rank: string;
  classAverage: string;
  notPublished: string;
}

export const FRENCH: ChildResultsLabels = {
  resultsOf: (name) => `Voir les résultats et dates de ${name}`,
  generalAverage: 'Moyenne générale',
  rank: 'Rang',
  classAverage: 'Moyenne de la classe',
  notPublished: 'Résultats pas encore publiés',
};

export const ARABIC: ChildResultsLabels = {
  resultsOf: (name) => `عرض نتائج ومواعيد ${name}`,
  generalAverage: 'المعدل العام',
  rank: 'الرتبة',
  classAverage: 'معدل القسم',
  notPublished: 'النتائج لم تُنشر بعد',
};

/** A child's results in the parents' portal: the term switch, the key figures, or the "not published" notice. */
export class ChildResultsPage {
  readonly terms: TermTabs;
  readonly generalAverage: Locator;
  readonly rank: Locator;
  readonly classAverage: Locator;
  readonly notPublished: Locator;

  constructor(
    readonly page: Page,
    readonly labels: ChildResultsLabels = FRENCH,
  ) {
    this.terms = new TermTabs(page);
    this.generalAverage = page.getByRole('group', { name: labels.generalAverage, exact: true });
    this.rank = page.getByRole('group', { name: labels.rank, exact: true });
    this.classAverage = page.getByRole('group', { name: labels.classAverage, exact: true });
    this.notPublished = page.getByText(labels.notPublished, { exact: true });
  }

  /** From the portal's home page, through the child's link ("First Last"), to one term. */
  async openFromHome(childName: string, term: TermTabLabel): Promise<void> {
    await this.page.goto('/');
    await this.page.getByRole('link', { name: this.labels.resultsOf(childName), exact: true }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: childName })).toBeVisible();
    await this.terms.choose(term);
  }
}
