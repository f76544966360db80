import { expect, type Download, type Locator, type Page } from '@playwright/test';

/** A view of the ministry dashboard (French labels unless said otherwise): headline figures, the map and its table, exports. */
export class DashboardPage {
  constructor(readonly page: Page) {}

  heading(name: string | RegExp): Locator {
    return this.page.getByRole('heading', { level: 1, name });
  }

  /** A headline figure, found by its label ("Élèves inscrits"). */
  headline(label: string): Locator {
    return this.page.getByRole('group', { name: label, exact: true });
  }

  get yearSelect(): Locator {
    return this.page.getByRole('combobox', { name: 'Année scolaire' });
  }

  /** The map of the current view (its shapes are links named "Name : value"). */
  get map(): Locator {
    return this.page.getByRole('group', { name: /^Carte/ });
  }

  mapShape(name: string): Locator {
    return this.map.getByRole('link', { name: new RegExp(`^${name} : `) });
  }

  /** The table of a view's children ("Les régions", "Les provinces et préfectures", "Les établissements"). */
  table(name: string): Locator {
    return this.page.getByRole('table', { name, exact: true });
  }

  get breadcrumbs(): Locator {
    return this.page.getByRole('navigation', { name: 'Fil d’Ariane' });
  }

  /** A table's rows as [name, enrolled] pairs, the figures as shown (e.g. "1.234"). */
  async rows(table: Locator): Promise<[string, string][]> {
    const rows = table.locator('tbody tr');
    await expect(rows.first()).toBeVisible();
    const out: [string, string][] = [];
    for (const row of await rows.all()) {
      out.push([(await row.locator('th').innerText()).trim(), (await row.locator('td').first().innerText()).trim()]);
    }
    return out;
  }

  /** Exports a table as CSV and waits for the file the browser saves. */
  async exportCsv(tableName: string): Promise<Download> {
    const download = this.page.waitForEvent('download');
    await this.page.getByRole('button', { name: `Exporter en CSV : ${tableName}` }).click();
    return download;
  }
}
