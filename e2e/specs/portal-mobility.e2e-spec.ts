import { expect, request as playwrightRequest, test, type APIRequestContext } from '@playwright/test';
import { AppHeader } from '../pages/AppHeader';
import { ChildOrientationPage } from '../pages/ChildOrientationPage';
import { ChildSchoolingPage } from '../pages/ChildSchoolingPage';
import { appOf, storageStateOf } from '../support/apps';
import { expectNoSeriousViolations } from '../support/axe';
import { DEMO_SCHOOL_CODE, childInClass, type Child } from '../support/evaluation';
import { graphql } from '../support/graphql';
import { currentViewer } from '../support/viewer';

// The portal's side of pupil mobility on the demo data: the demo parent reads each child's school,
// class and history of schools on a phone; for the child in 3AC-1, the director closes then opens
// the orientation wishes (setOrientationDeadline: the demo sets none), and the parent ranks the
// streams of the common core from the keyboard, sends them, sees them, and is told in French when
// the deadline passed in the meantime. The other child (1AC-1) is told orientation is not for 1AC.

const ORIENTATION_CLASS = '3AC-1';
const OTHER_CLASS = '1AC-1';
const PHONE = { width: 360, height: 740 };

const parentState = storageStateOf(appOf('portal'));
const directorState = storageStateOf(appOf('backoffice'));

interface SchoolYear {
  name: string;
  startsOn: string;
  endsOn: string;
}

interface Stream {
  code: string;
  nameFr: string;
}

async function apiAs(storageState: string): Promise<APIRequestContext> {
  return playwrightRequest.newContext({ baseURL: test.info().project.use.baseURL, storageState });
}

/**
 * The school year of the child's orientation (the API's current one, not necessarily the latest:
 * a rollover journey may have opened the next), with its dates.
 */
async function orientationYear(api: APIRequestContext, codeMassar: string): Promise<SchoolYear> {
  const data = await graphql<{ student: { orientation: { year: string } | null } | null; schoolYears: SchoolYear[] }>(
    api,
    'query ($code: String!) { student(codeMassar: $code) { orientation { year } } schoolYears { name startsOn endsOn } }',
    { code: codeMassar },
  );
  const year = data.schoolYears.find((y) => y.name === data.student?.orientation?.year);
  if (!year) throw new Error(`No orientation year for ${codeMassar}: ${JSON.stringify(data)}`);
  return year;
}

/** The streams of the common core (TC), the choices of a 3AC pupil. */
async function commonCoreStreams(api: APIRequestContext): Promise<Stream[]> {
  const data = await graphql<{ levels: { code: string; streams: Stream[] }[] }>(api, '{ levels { code streams { code nameFr } } }');
  const streams = data.levels.find((l) => l.code === 'TC')?.streams ?? [];
  if (streams.length < 2) throw new Error(`The common core offers fewer than two streams: ${JSON.stringify(streams)}`);
  return streams;
}

async function setDeadline(director: APIRequestContext, deadline: string): Promise<void> {
  await graphql(director, 'mutation ($input: SetOrientationDeadlineInput!) { setOrientationDeadline(input: $input) { deadline } }', {
    input: { schoolCode: DEMO_SCHOOL_CODE, deadline },
  });
}

/** The child's recorded wishes, as the API gives them to the parent. */
async function recordedWishes(parent: APIRequestContext, codeMassar: string): Promise<string[]> {
  const data = await graphql<{ student: { orientation: { wishes: { stream: { code: string } }[] } | null } | null }>(
    parent,
    'query ($code: String!) { student(codeMassar: $code) { orientation { wishes { stream { code } } } } }',
    { code: codeMassar },
  );
  return data.student?.orientation?.wishes.map((w) => w.stream.code) ?? [];
}

/** The day before today (UTC), as a GraphQL Date. */
function yesterday(): string {
  return new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
}

const nameOf = (child: Child) => `${child.firstName} ${child.lastName}`;

test.describe('portal: schooling and orientation of the demo parent\'s children', () => {
  test.describe.configure({ mode: 'serial' });
  test.use({ storageState: parentState, viewport: PHONE });

  let director: APIRequestContext;
  let parent: APIRequestContext;
  let orientationChild: Child;
  let otherChild: Child;
  let year: SchoolYear;
  let streams: Stream[];

  test.beforeAll(async () => {
    director = await apiAs(directorState);
    parent = await apiAs(parentState);
    orientationChild = await childInClass(parent, ORIENTATION_CLASS);
    otherChild = await childInClass(parent, OTHER_CLASS);
    year = await orientationYear(parent, orientationChild.codeMassar);
    streams = await commonCoreStreams(parent);
  });

  test.afterAll(async () => {
    await director?.dispose();
    await parent?.dispose();
  });

  test('the parent sees each child\'s school and class of today, and the history of schools', async ({ page }) => {
    // Two axe scans: longer than the default budget on a loaded 2-core machine.
    test.setTimeout(90_000);
    const school = await graphql<{ school: { nameFr: string } | null }>(parent, 'query ($code: String!) { school(code: $code) { nameFr } }', { code: DEMO_SCHOOL_CODE });
    const schoolName = school.school?.nameFr ?? '';
    expect(schoolName, 'the parent sees the children\'s school').not.toBe('');

    // On the home page, each child's card names the school and the class.
    await page.goto('/');
    for (const [child, className] of [[orientationChild, ORIENTATION_CLASS], [otherChild, OTHER_CLASS]] as const) {
      const card = page.getByRole('listitem', { name: nameOf(child), exact: true });
      await expect(card).toContainText(`${schoolName} · ${className}`);
    }
    // Orientation is offered for the 3AC child only.
    await expect(page.getByRole('link', { name: `Orientation de ${nameOf(orientationChild)}`, exact: true })).toBeVisible();
    await expect(page.getByRole('link', { name: `Orientation de ${nameOf(otherChild)}`, exact: true })).toHaveCount(0);

    const schooling = new ChildSchoolingPage(page);
    await schooling.openFromHome(nameOf(orientationChild));
    await expect(schooling.current).toContainText(schoolName);
    await expect(schooling.current).toContainText(ORIENTATION_CLASS);
    await expect(schooling.current).toContainText(year.name);
    const entry = schooling.entry(year.name, schoolName);
    await expect(entry).toContainText(ORIENTATION_CLASS);
    await expect(entry).toContainText('En cours');
    await expect(entry).toContainText(/Depuis le \d/);
    await expectNoSeriousViolations(page, 'portal child schooling (fr)');

    await new AppHeader(page).chooseLanguage('العربية');
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(page.getByRole('region', { name: 'المؤسسة الحالية', exact: true })).toBeVisible();
    await expectNoSeriousViolations(page, 'portal child schooling (ar)');
  });

  test('orientation is not open for a 1AC pupil, and the page says why', async ({ page }) => {
    const orientation = new ChildOrientationPage(page);
    await orientation.goto(otherChild.codeMassar, nameOf(otherChild));
    await expect(orientation.closedNotice).toContainText('concernent les élèves de 3e année collégiale');
    await expect(orientation.submitButton).toHaveCount(0);
  });

  test('the parent ranks the common-core streams with the keyboard, sends them and sees them; a passed deadline is said in French', async ({ page }) => {
    test.setTimeout(120_000);
    // The journey sends two streams in an order that differs from what an earlier run recorded.
    const [a, b] = streams as [Stream, Stream];
    const earlier = await recordedWishes(parent, orientationChild.codeMassar);
    const [first, second] = earlier[0] === b.code && earlier[1] === a.code ? [b, a] : [a, b];
    const orientation = new ChildOrientationPage(page);
    const parentName = (await currentViewer(parent)).displayName;

    // Closed: the deadline is over (when the year began before yesterday).
    if (yesterday() >= year.startsOn) {
      await setDeadline(director, yesterday());
      await orientation.goto(orientationChild.codeMassar, nameOf(orientationChild));
      await expect(orientation.closedNotice).toContainText('La date limite des vœux était le');
      await expect(orientation.submitButton).toHaveCount(0);
    }

    // Open until the last day of the year.
    await setDeadline(director, year.endsOn);
    await orientation.goto(orientationChild.codeMassar, nameOf(orientationChild));
    await expect(orientation.deadline).toBeVisible();
    await orientation.clearChoices();

    // Keyboard only: add both streams, then move the second one up; focus stays on its button.
    await orientation.pressWithKeyboard(orientation.addButton(first.nameFr));
    await orientation.pressWithKeyboard(orientation.addButton(second.nameFr));
    await orientation.expectChoices([first.nameFr, second.nameFr]);
    await orientation.pressWithKeyboard(orientation.upButton(second.nameFr));
    await orientation.expectChoices([second.nameFr, first.nameFr]);
    await expect(orientation.upButton(second.nameFr)).toBeFocused();
    await expect(page.getByRole('status').filter({ hasText: `${second.nameFr} : choix 1` })).toBeAttached();
    await expectNoSeriousViolations(page, 'portal orientation form (fr)');

    await orientation.submitButton.click();
    await expect(orientation.saved).toBeVisible();
    await orientation.expectSubmitted([second.nameFr, first.nameFr]);
    await expect(page.getByText(new RegExp(`^Envoyés le .+ par ${parentName}$`))).toBeVisible();
    expect(await recordedWishes(parent, orientationChild.codeMassar)).toEqual([second.code, first.code]);

    // After a reload the form starts from what was sent.
    await page.reload();
    await orientation.expectChoices([second.nameFr, first.nameFr]);

    // The school closes the wishes while the form is open: the refusal is worded in French, nothing changes.
    if (yesterday() >= year.startsOn) {
      await orientation.removeButton(first.nameFr).click();
      await setDeadline(director, yesterday());
      await orientation.submitButton.click();
      await expect(orientation.refusal).toHaveText('La date limite des vœux est passée : ils n\'ont pas été enregistrés.');
      await expect(orientation.closedNotice).toBeVisible();
      await orientation.expectSubmitted([second.nameFr, first.nameFr]);
      expect(await recordedWishes(parent, orientationChild.codeMassar)).toEqual([second.code, first.code]);
      // Open again, as the journey found the school (the demo leaves the wishes open until the year's end).
      await setDeadline(director, year.endsOn);
    }

    // Switching language keeps a wish list being composed (the screen's Arabic strings came in the background).
    await page.reload();
    await orientation.removeButton(first.nameFr).click();
    await orientation.expectChoices([second.nameFr]);
    await new AppHeader(page).chooseLanguage('العربية');
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(page.getByRole('button', { name: 'إرسال رغباتي', exact: true })).toBeVisible();
    await expect(page.getByRole('list', { name: 'رغباتي حسب الأفضلية', exact: true }).getByRole('listitem')).toHaveCount(1);
    await expectNoSeriousViolations(page, 'portal orientation form (ar)');
  });
});
