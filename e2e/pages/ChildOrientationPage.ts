import { expect, type Locator, type Page } from '@playwright/test';

/** A child's orientation in the parents' portal (French): the deadline, the ranked wishes, what was sent. */
export class ChildOrientationPage {
  readonly closedNotice: Locator;
  readonly deadline: Locator;
  readonly choices: Locator;
  readonly submitted: Locator;
  readonly submitButton: Locator;
  readonly saved: Locator;
  readonly refusal: Locator;

  constructor(readonly page: Page) {
    this.closedNotice = page.getByRole('alert').filter({ hasText: 'Vœux d\'orientation fermés' });
    this.deadline = page.getByText(/^Date limite des vœux : /);
    this.choices = page.getByRole('list', { name: 'Mes vœux, par ordre de préférence', exact: true });
    this.submitted = page.getByRole('list', { name: 'Vœux envoyés', exact: true });
    this.submitButton = page.getByRole('button', { name: 'Envoyer mes vœux', exact: true });
    this.saved = page.getByRole('status').filter({ hasText: 'Vos vœux sont enregistrés.' });
    this.refusal = page.getByRole('alert').filter({ hasNotText: 'Vœux d\'orientation fermés' });
  }

  async goto(codeMassar: string, childName: string): Promise<void> {
    await this.page.goto(`/children/${codeMassar}/orientation`);
    await expect(this.page.getByRole('heading', { level: 1, name: childName })).toBeVisible();
  }

  addButton(stream: string): Locator {
    return this.page.getByRole('button', { name: `Ajouter ${stream}`, exact: true });
  }

  upButton(stream: string): Locator {
    return this.page.getByRole('button', { name: `Monter ${stream}`, exact: true });
  }

  removeButton(stream: string): Locator {
    return this.page.getByRole('button', { name: `Retirer ${stream}`, exact: true });
  }

  /** Removes every wish the form starts from (those of an earlier run), so the journey composes from nothing. */
  async clearChoices(): Promise<void> {
    const remove = this.page.getByRole('button', { name: /^Retirer / });
    while ((await remove.count()) > 0) await remove.first().click();
  }

  /** Presses Enter on a button reached by focus, as a keyboard user does. */
  async pressWithKeyboard(button: Locator): Promise<void> {
    await button.focus();
    await this.page.keyboard.press('Enter');
  }

  /** The ranked wishes of the form, as "Choix 1 — Stream". */
  async expectChoices(streams: string[]): Promise<void> {
    await expect(this.choices.getByRole('listitem')).toHaveCount(streams.length);
    for (const [i, stream] of streams.entries()) {
      await expect(this.choices.getByRole('listitem').nth(i)).toContainText(`Choix ${i + 1} — ${stream}`);
    }
  }

  async expectSubmitted(streams: string[]): Promise<void> {
    await expect(this.submitted.getByRole('listitem')).toHaveText(streams);
  }
}
