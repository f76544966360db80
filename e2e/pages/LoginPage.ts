import { expect, type Locator, type Page } from '@playwright/test';
import type { MassarApp } from '../support/apps';

/** The login page every app serves at `<app path>login` (French labels, the default language). */
export class LoginPage {
  readonly identifier: Locator;
  readonly password: Locator;
  readonly submit: Locator;
  readonly error: Locator;

  constructor(
    readonly page: Page,
    readonly app: MassarApp,
  ) {
    this.identifier = page.getByLabel('Identifiant', { exact: true });
    this.password = page.getByLabel('Mot de passe', { exact: true });
    this.submit = page.getByRole('button', { name: 'Se connecter' });
    this.error = page.getByRole('alert');
  }

  get url(): string {
    return `${this.app.path}login`;
  }

  async goto(): Promise<void> {
    await this.page.goto(this.url);
    await this.expectShown();
  }

  async login(identifier: string, password: string): Promise<void> {
    await this.identifier.fill(identifier);
    await this.password.fill(password);
    await this.submit.click();
  }

  /** On the login page, with its form ready. */
  async expectShown(): Promise<void> {
    await expect(this.page).toHaveURL((url) => url.pathname === this.url);
    await expect(this.identifier).toBeVisible();
    await expect(this.password).toBeVisible();
  }
}
