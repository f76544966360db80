import { expect, type Locator, type Page } from '@playwright/test';

export type TermTabLabel = 'Semestre 1' | 'Semestre 2' | 'Année';

/** The term switch the evaluation screens share: links in a navigation named "Période". */
export class TermTabs {
  readonly nav: Locator;

  constructor(readonly page: Page) {
    this.nav = page.getByRole('navigation', { name: 'Période' });
  }

  tab(label: TermTabLabel): Locator {
    return this.nav.getByRole('link', { name: label, exact: true });
  }

  /** Follows a term's link from the keyboard (focus, Enter) and waits until it is the current one. */
  async chooseByKeyboard(label: TermTabLabel): Promise<void> {
    const tab = this.tab(label);
    await tab.focus();
    await this.page.keyboard.press('Enter');
    await expect(tab).toHaveAttribute('aria-current', 'page');
  }

  async choose(label: TermTabLabel): Promise<void> {
    const tab = this.tab(label);
    await tab.click();
    await expect(tab).toHaveAttribute('aria-current', 'page');
  }
}
