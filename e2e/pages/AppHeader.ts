import { expect, type Locator, type Page } from '@playwright/test';

/** The header every app shares: who is logged in, the language control and the logout button. */
export class AppHeader {
  readonly banner: Locator;
  readonly language: Locator;
  readonly logoutButton: Locator;

  constructor(readonly page: Page) {
    this.banner = page.getByRole('banner');
    this.language = page.getByRole('combobox', { name: 'Langue' });
    this.logoutButton = page.getByRole('button', { name: 'Se déconnecter' });
  }

  async expectLoggedInAs(displayName: string): Promise<void> {
    await expect(this.banner.getByText(displayName, { exact: true })).toBeVisible();
    await expect(this.logoutButton).toBeVisible();
  }

  /** Picks a language by its own name, as offered: "Français", "العربية" or "English". */
  async chooseLanguage(endonym: 'Français' | 'العربية' | 'English'): Promise<void> {
    await this.language.selectOption({ label: endonym });
  }

  async logout(): Promise<void> {
    await this.logoutButton.click();
  }
}
