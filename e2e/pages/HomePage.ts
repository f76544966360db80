import { expect, type Locator, type Page } from '@playwright/test';
import type { MassarApp } from '../support/apps';
import { AppHeader } from './AppHeader';

/** An app's home page, behind the login. */
export class HomePage {
  readonly heading: Locator;
  readonly header: AppHeader;

  constructor(
    readonly page: Page,
    readonly app: MassarApp,
  ) {
    this.heading = page.getByRole('heading', { level: 1, name: app.homeHeading });
    this.header = new AppHeader(page);
  }

  async goto(): Promise<void> {
    await this.page.goto(this.app.path);
    await this.expectShown();
  }

  async expectShown(): Promise<void> {
    await expect(this.heading).toBeVisible();
  }
}
