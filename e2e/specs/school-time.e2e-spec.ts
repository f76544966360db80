import { expect, request as playwrightRequest, test, type APIRequestContext } from '@playwright/test';
import { AppHeader } from '../pages/AppHeader';
import { ChildAbsencesPage, JustificationInbox, RollCallPage, TeacherRollCallHome } from '../pages/SchoolTimePages';
import { SECRETARIAT_ACCOUNT, TEACHER_ACCOUNT, appOf, storageStateOf, storageStateOfAccount } from '../support/apps';
import { childInClass, type Child } from '../support/evaluation';
import { graphql } from '../support/graphql';

// School time end to end on the demo data: the teacher opens the day's lesson of 1AC-1 from the
// home page and marks the parent's child absent; the parent, on a phone, sees the absence and
// justifies it with a photo of a certificate; the secretariat views the photo and accepts it in
// the inbox; the parent sees it justified, and the page in Arabic runs right to left.

const CLASS = '1AC-1';
const PHONE = { width: 360, height: 740 };
// The smallest valid PNG (1×1): the API checks the type by the file's bytes.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

const teacherState = storageStateOfAccount(TEACHER_ACCOUNT);
const secretariatState = storageStateOfAccount(SECRETARIAT_ACCOUNT);
const parentState = storageStateOf(appOf('portal'));

const apiAs = (storageState: string): Promise<APIRequestContext> => playwrightRequest.newContext({ baseURL: test.info().project.use.baseURL, storageState });

interface ChildAbsence {
  id: string;
  date: string;
  slotId: string | null;
  late: boolean;
}

/** The child's absences of the year, as the parent reads them. */
async function childAbsences(parent: APIRequestContext, codeMassar: string): Promise<ChildAbsence[]> {
  const data = await graphql<{ student: { absences: ChildAbsence[] } | null }>(
    parent,
    'query ($code: String!) { student(codeMassar: $code) { absences { id date slotId late } } }',
    { code: codeMassar },
  );
  return data.student?.absences ?? [];
}

test('the roll call reaches the family, who justifies the absence; the secretariat accepts it', async ({ browser }) => {
  // Three roles and four screens in one journey: more than one screen's 30 s on a busy machine.
  test.setTimeout(60_000);
  const parentApi = await apiAs(parentState);
  const teacherApi = await apiAs(teacherState);
  const child: Child = await childInClass(parentApi, CLASS);
  // A note of this run only: on a used database the inbox may hold an earlier run's justifications.
  const note = `Certificat médical (e2e ${Date.now()})`;

  // (1) The teacher, from the home page, opens the day's lesson of 1AC-1 and marks the child absent.
  const teacher = await browser.newContext({ storageState: teacherState });
  const teacherPage = await teacher.newPage();
  const home = new TeacherRollCallHome(teacherPage);
  await home.goto();
  const { slotId, date } = await home.target(CLASS);
  // Everyone present first, so that a used database (an earlier run's absence) starts alike.
  await graphql(teacherApi, 'mutation ($input: RollCallInput!) { recordRollCall(input: $input) { id } }', { input: { slotId, date, absent: [] } });
  await home.lessonOf(CLASS).click();
  const rollCall = new RollCallPage(teacherPage);
  await expect(rollCall.heading).toContainText(CLASS);
  await rollCall.markAbsent(child);
  await rollCall.saveAndExpectSaved();
  await teacher.close();

  const absence = (await childAbsences(parentApi, child.codeMassar)).find((a) => a.date === date && a.slotId === slotId && !a.late);
  expect(absence, 'the roll call recorded the absence').toBeTruthy();

  // (2) The parent, on a phone, sees the absence unjustified and justifies it with a photo.
  const parent = await browser.newContext({ storageState: parentState, viewport: PHONE });
  const parentPage = await parent.newPage();
  const absences = new ChildAbsencesPage(parentPage);
  await absences.goto(child.codeMassar);
  await expect(absences.absence(absence!.id)).toContainText('Non justifiée');
  await absences.justify(absence!.id, note, { name: 'certificat.png', mimeType: 'image/png', buffer: PNG });
  await expect(absences.absence(absence!.id)).toContainText('Justificatif en attente');

  // (3) The secretariat views the photo and accepts the justification in the inbox.
  const secretariat = await browser.newContext({ storageState: secretariatState });
  const inboxPage = await secretariat.newPage();
  const inbox = new JustificationInbox(inboxPage);
  await inbox.goto();
  const card = inbox.card(child, note);
  await inbox.viewAttachment(card);
  await inbox.accept(card, child);
  await expect(card).toHaveCount(0);
  await secretariat.close();

  // (4) The parent sees it justified; in Arabic the page runs right to left.
  await parentPage.reload();
  await expect(absences.absence(absence!.id)).toContainText('Justifiée');
  await new AppHeader(parentPage).chooseLanguage('العربية');
  await expect(parentPage.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(absences.absence(absence!.id)).toContainText('مبرر');
  await expect(absences.absence(absence!.id)).not.toContainText('غير مبرر');
  await parent.close();
  await Promise.all([parentApi.dispose(), teacherApi.dispose()]);
});
