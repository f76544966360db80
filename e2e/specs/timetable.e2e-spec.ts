import { expect, test, type APIRequestContext } from '@playwright/test';
import { TimetablePage } from '../pages/TimetablePages';
import { TEACHER_ACCOUNT, appOf, storageStateOf, storageStateOfAccount } from '../support/apps';
import { expectNoSeriousViolations } from '../support/axe';
import { graphql } from '../support/graphql';

// The demo school's director places a lesson of the demo teacher's class and subject on Saturday
// evening, where another lesson of theirs was put first (through the API): the editor names the
// clash as the form is filled, before anything is saved; moved to a free time, the lesson is saved
// and in the grid, then removed from it by keyboard. The teacher's home page shows the first
// lesson in their week, linked to its roll call. Saturday from 18:00 is empty in the demo week,
// and whatever a failed run left there is cleared first.

const TERM = new Date().getMonth() + 1 >= 2 && new Date().getMonth() + 1 <= 8 ? 'S2' : 'S1';

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

interface Assignment {
  schoolClass: { id: string; name: string };
  subject: { code: string; nameFr: string };
}

async function eveningSlots(request: APIRequestContext, classId: string): Promise<string[]> {
  const data = await graphql<{ node: { timetable: { id: string; weekday: number; startsAt: string }[] } }>(
    request,
    'query($id: ID!, $term: Term!) { node(id: $id) { ... on SchoolClass { timetable(term: $term) { id weekday startsAt } } } }',
    { id: classId, term: TERM },
  );
  return data.node.timetable.filter((s) => s.weekday === 6 && s.startsAt >= '18:00').map((s) => s.id);
}

async function removeEvening(request: APIRequestContext, classId: string): Promise<void> {
  for (const id of await eveningSlots(request, classId)) await graphql(request, 'mutation($id: ID!) { removeSlot(id: $id) }', { id });
}

test.describe('timetable: a clash named before saving', () => {
  // Lean (two page loads, one axe scan), but a loaded 2-core machine can stretch it past 30 s.
  test.describe.configure({ timeout: 60_000 });
  test.use({ storageState: storageStateOf(appOf('backoffice')) });
  let lesson: Assignment;

  test.beforeAll(async ({ browser }) => {
    const teacher = await browser.newContext({ storageState: storageStateOfAccount(TEACHER_ACCOUNT) });
    const mine = await graphql<{ me: { teachingAssignments: Assignment[] } }>(
      teacher.request,
      'query { me { teachingAssignments { schoolClass { id name } subject { code nameFr } } } }',
    );
    await teacher.close();
    lesson = mine.me.teachingAssignments[0]!;
    expect(lesson, 'the demo teacher has a class').toBeTruthy();
    const director = await browser.newContext({ storageState: storageStateOf(appOf('backoffice')) });
    await removeEvening(director.request, lesson.schoolClass.id);
    await graphql(director.request, 'mutation($input: PlaceSlotInput!) { placeSlot(input: $input) { id } }', {
      input: { classId: lesson.schoolClass.id, term: TERM, weekday: 6, startsAt: '18:00', endsAt: '19:00', subjectCode: lesson.subject.code },
    });
    await director.close();
  });

  test.afterAll(async ({ browser }) => {
    const director = await browser.newContext({ storageState: storageStateOf(appOf('backoffice')) });
    await removeEvening(director.request, lesson.schoolClass.id);
    await director.close();
  });

  test('the director sees the clash while placing, moves to a free time, saves and finds the lesson in the grid', async ({ page }) => {
    const editor = new TimetablePage(page);
    const className = lesson.schoolClass.name;
    await editor.goto(lesson.schoolClass.id, TERM);
    await expect(editor.slot(className, `${lesson.subject.nameFr}, ${className}, samedi 18:00–19:00`)).toBeVisible();

    await editor.fillSlot({ weekday: 'samedi', startsAt: '18:00', endsAt: '19:00', subject: lesson.subject.nameFr });
    await expect(editor.preview).toContainText(`La classe ${className} a déjà un cours le samedi de 18:00 à 19:00.`);
    await expect(editor.preview).toContainText(`enseigne déjà en ${className} le samedi de 18:00 à 19:00.`);

    await editor.fillSlot({ weekday: 'samedi', startsAt: '19:00', endsAt: '19:45' });
    await expect(editor.preview).toHaveText('Aucun conflit : ce créneau est libre.');
    await editor.save();
    const name = `${lesson.subject.nameFr}, ${className}, samedi 19:00–19:45`;
    await expect(editor.outcome).toContainText(`Cours placé : ${name}`);
    const placed = editor.slot(className, name);
    await expect(placed).toBeVisible();

    // Selected by keyboard, then removed after the confirmation.
    await placed.focus();
    await page.keyboard.press('Enter');
    await expect(placed).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByRole('heading', { name: `Déplacer : ${name}`, exact: false })).toBeFocused();
    await editor.removeSelected();
    await expect(editor.outcome).toContainText(`Cours retiré : ${name}`);
    await expect(placed).toHaveCount(0);
  });

  test.describe('the teacher', () => {
    test.use({ storageState: storageStateOfAccount(TEACHER_ACCOUNT) });

    test('finds the lesson in their week on the home page, linked to its roll call', async ({ page }) => {
      await page.goto('/staff/');
      const week = page.getByRole('region', { name: 'Ma semaine', exact: true });
      const link = week.getByRole('link', { name: new RegExp(`^Faire l'appel : ${escaped(`${lesson.subject.nameFr}, ${lesson.schoolClass.name}, samedi 18:00–19:00`)}`) });
      await expect(link).toHaveAttribute('href', /^\/staff\/roll-call\/[^/]+\/\d{4}-\d{2}-\d{2}$/);
      await expectNoSeriousViolations(page, 'the teacher\'s week on the home page (fr)');
    });
  });
});
