import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { DashboardPage } from '../pages/DashboardPages';
import { HomePage } from '../pages/HomePage';
import { LoginPage } from '../pages/LoginPage';
import { DEMO_PASSWORD, appOf, storageStateOf } from '../support/apps';
import { expectNoSeriousViolations } from '../support/axe';
import { graphql } from '../support/graphql';

// The ministry dashboard: the analyst's national figure is the API's, the map drills down to a
// region's provinces, a table's CSV export holds the table's rows; the academy of
// Casablanca-Settat sees its region only, and the page reads right to left in Arabic.

const dashboard = appOf('dashboard');
const CASABLANCA = { code: '06', nameFr: 'Casablanca-Settat', nameAr: 'الدار البيضاء-سطات' };
const PROVINCES_TABLE = 'Les provinces et préfectures';

interface Row {
  code: string;
  nameFr: string;
  indicators: { enrolled: { value: number | null } };
}

const ROWS = `query($slice: SliceInput!, $by: Dimension!) { indicatorBreakdown(slice: $slice, by: $by) { code nameFr indicators { enrolled { value } } } }`;
const frNumber = (n: number) => new Intl.NumberFormat('fr-MA').format(n);

/** A CSV's lines as cells (the API writes ; or , with quotes around cells that need them). */
function csvCells(text: string): string[][] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/).filter((l) => l.trim() !== '');
  const separator = lines.some((l) => l.includes(';')) ? ';' : ',';
  return lines.map((line) => line.split(separator).map((cell) => cell.trim().replace(/^"|"$/g, '').replace(/""/g, '"')));
}

test.describe('the ministry analyst', () => {
  test.use({ storageState: storageStateOf(dashboard) });

  test('sees the API’s national total and drills down to a region’s provinces on the map', async ({ page }) => {
    const view = new DashboardPage(page);
    await new HomePage(page, dashboard).goto();
    const year = await view.yearSelect.inputValue();

    // The national enrolled total is the API's own figure.
    const { indicators } = await graphql<{ indicators: { enrolled: { value: number } } }>(page.request, `query($slice: SliceInput!) { indicators(slice: $slice) { enrolled { value } } }`, { slice: { year } });
    expect(indicators.enrolled.value).toBeGreaterThan(0);
    await expect(view.headline('Élèves inscrits')).toContainText(frNumber(indicators.enrolled.value));

    // Clicking a region on the map opens its provinces (map and table), the view in the URL.
    await view.mapShape(CASABLANCA.nameFr).click();
    await expect(page).toHaveURL(new RegExp(`/ministry/regions/${CASABLANCA.code}\\?year=${year}`));
    await expect(view.heading(CASABLANCA.nameFr)).toBeVisible();
    await expect(view.breadcrumbs.getByRole('link', { name: 'Maroc' })).toBeVisible();
    const shown = await view.rows(view.table(PROVINCES_TABLE));
    const api = await graphql<{ indicatorBreakdown: Row[] }>(page.request, ROWS, { slice: { year, regionCode: CASABLANCA.code }, by: 'PROVINCE' });
    expect(shown.map(([name]) => name).sort()).toEqual(api.indicatorBreakdown.map((r) => r.nameFr).sort());
    await expect(view.map.getByRole('link').first()).toBeVisible();
    await expectNoSeriousViolations(page, 'a region’s dashboard');

    // A filter narrows every figure and stays in the URL: the girls enrolled in a province are the API's.
    await page.getByRole('combobox', { name: 'Sexe' }).selectOption({ label: 'Filles' });
    await expect(page).toHaveURL(/[?&]gender=F/);
    const girls = await graphql<{ indicatorBreakdown: Row[] }>(page.request, ROWS, { slice: { year, regionCode: CASABLANCA.code, gender: 'F' }, by: 'PROVINCE' });
    const province = girls.indicatorBreakdown.find((r) => r.indicators.enrolled.value !== null)!;
    await expect(view.table(PROVINCES_TABLE).getByRole('row', { name: new RegExp(province.nameFr) })).toContainText(frNumber(province.indicators.enrolled.value!));
  });

  test('exports a table as CSV whose rows are the table’s', async ({ page }) => {
    const view = new DashboardPage(page);
    await page.goto(`${dashboard.path}regions/${CASABLANCA.code}`);
    await expect(view.heading(CASABLANCA.nameFr)).toBeVisible();
    const shown = await view.rows(view.table(PROVINCES_TABLE));

    // The CSV holds the table's rows: each province with its enrolled pupils.
    const download = await view.exportCsv(PROVINCES_TABLE);
    expect(download.suggestedFilename()).toMatch(/\.csv$/);
    const cells = csvCells(await readFile((await download.path())!, 'utf8'));
    const digits = (s: string) => s.replace(/[\s.,\u202f\u00a0]/g, '');
    for (const [name, enrolled] of shown) {
      const line = cells.find((c) => c.includes(name));
      expect(line, `${name} in the CSV`).toBeTruthy();
      expect(line!.map(digits)).toContain(digits(enrolled));
    }
  });
});

test.describe('the academy of Casablanca-Settat', () => {
  test.use({ storageState: { cookies: [], origins: [] } });

  test('sees only its region’s dashboard, and in Arabic right to left', async ({ page }) => {
    const login = new LoginPage(page, dashboard);
    await login.goto();
    await login.login('aref.casablanca@demo.massar.ma', DEMO_PASSWORD);
    const view = new DashboardPage(page);

    // Its home is its region: no national view above it, its own provinces only.
    await expect(view.heading(CASABLANCA.nameFr)).toBeVisible();
    await expect(page).toHaveURL(new RegExp(`/ministry/regions/${CASABLANCA.code}`));
    await expect(page.getByRole('link', { name: 'Maroc' })).toHaveCount(0);
    const year = await view.yearSelect.inputValue();
    const regions = await graphql<{ indicatorBreakdown: Row[] }>(page.request, ROWS, { slice: { year }, by: 'REGION' });
    expect(regions.indicatorBreakdown.map((r) => r.code)).toEqual([CASABLANCA.code]);
    const shown = await view.rows(view.table(PROVINCES_TABLE));
    const provinces = await graphql<{ indicatorBreakdown: Row[] }>(page.request, ROWS, { slice: { year }, by: 'PROVINCE' });
    expect(provinces.indicatorBreakdown.every((r) => r.code.startsWith(`${CASABLANCA.code}.`))).toBe(true);
    expect(shown.map(([name]) => name).sort()).toEqual(provinces.indicatorBreakdown.map((r) => r.nameFr).sort());

    // In Arabic the page is right to left, the region named in Arabic.
    await page.getByRole('combobox', { name: 'Langue' }).selectOption({ label: 'العربية' });
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(view.heading(CASABLANCA.nameAr)).toBeVisible();
  });
});
