import { expect, request as playwrightRequest, test, type APIRequestContext } from '@playwright/test';
import { AppHeader } from '../pages/AppHeader';
import { ARABIC, ChildResultsPage } from '../pages/ChildResultsPage';
import { ClassResultsPage } from '../pages/ClassResultsPage';
import { GradeGridPage } from '../pages/GradeGridPage';
import { TEACHER_ACCOUNT, appOf, storageStateOf, storageStateOfAccount } from '../support/apps';
import { expectNoSeriousViolations } from '../support/axe';
import { childInClass, ensureTermOpen, type Child } from '../support/evaluation';
import { graphql } from '../support/graphql';

// Grades and results, end to end on the demo data: the demo teacher (mathematics in 1AC-1) types
// the class's S2 marks from the keyboard; the demo parent, whose first child is in 1AC-1, sees no
// S2 results until the director locks and publishes the term, then sees the average on a phone,
// in French and in Arabic (right to left). S2 starts open with two upcoming tests and no marks.

const CLASS_NAME = '1AC-1';
const SUBJECT_CODE = 'MATH';
const SUBJECT_NAME = 'Mathématiques';
const TERM = 'S2';
const TERM_LABEL = 'Semestre 2';
const OUT_OF_RANGE = '25';
const OUT_OF_RANGE_REASON = 'Entre 0 et 20';
/** Two marks for the child, typed as the grid shows them back and as the results show them (two decimals). */
const CHILD_MARKS = ['15,25', '13,75'] as const;
const PHONE = { width: 360, height: 740 };

const parentState = storageStateOf(appOf('portal'));
const directorState = storageStateOf(appOf('backoffice'));
const teacherState = storageStateOfAccount(TEACHER_ACCOUNT);

/** A mark for the pupil in row `row` (0 to 19.5, some with a decimal), typed in French. */
function markFor(row: number): string {
  const mark = 6 + ((row * 7) % 14);
  return row % 3 === 0 ? `${mark},5` : String(mark);
}

interface Journey {
  child: Child;
  /** "Last First", as the grid and the class results name pupils. */
  childSortName: string;
  /** "First Last", as the portal names a child. */
  childName: string;
  /** The mark the teacher gives the child: one that differs from any recorded by an earlier run. */
  childMark: string;
}

async function apiAs(storageState: string): Promise<APIRequestContext> {
  return playwrightRequest.newContext({ baseURL: test.info().project.use.baseURL, storageState });
}

/** The child's mark in the first S2 test of the subject, as recorded (null: none yet). */
async function recordedChildMark(director: APIRequestContext, classId: string, codeMassar: string): Promise<number | null> {
  const data = await graphql<{
    node: { assessments: { date: string; kind: string; number: number; subject: { code: string }; grades: { value: number | null; student: { codeMassar: string } }[] }[] } | null;
  }>(
    director,
    `query ($id: ID!, $term: Term) { node(id: $id) { ... on SchoolClass { assessments(term: $term) {
       date kind number subject { code } grades { value student { codeMassar } } } } } }`,
    { id: classId, term: TERM },
  );
  const first = (data.node?.assessments ?? [])
    .filter((a) => a.subject.code === SUBJECT_CODE)
    .sort((a, b) => a.date.localeCompare(b.date) || a.kind.localeCompare(b.kind) || a.number - b.number)[0];
  return first?.grades.find((g) => g.student.codeMassar === codeMassar)?.value ?? null;
}

test.describe('grades and results: S2 of 1AC-1, from the teacher to the parent', () => {
  test.describe.configure({ mode: 'serial' });

  let journey: Journey;

  // The term starts open whatever an earlier run against the same server left (a fresh database has it open).
  test.beforeAll(async () => {
    const director = await apiAs(directorState);
    const parent = await apiAs(parentState);
    try {
      const schoolClass = await ensureTermOpen(director, CLASS_NAME, TERM);
      const child = await childInClass(parent, CLASS_NAME);
      const recorded = await recordedChildMark(director, schoolClass.id, child.codeMassar);
      const childMark = CHILD_MARKS.find((m) => Number(m.replace(',', '.')) !== recorded) ?? CHILD_MARKS[0];
      journey = { child, childSortName: `${child.lastName} ${child.firstName}`, childName: `${child.firstName} ${child.lastName}`, childMark };
    } finally {
      await director.dispose();
      await parent.dispose();
    }
  });

  test.describe('the teacher', () => {
    test.use({ storageState: teacherState });

    test('enters the class grades from the keyboard; an out-of-range mark is refused on its cell', async ({ page }) => {
      // A whole class typed cell by cell, each checked as it goes: more than the default 30 s on a slow machine.
      test.setTimeout(90_000);
      const grades = new GradeGridPage(page);
      await grades.openFromHome(CLASS_NAME, SUBJECT_NAME, TERM_LABEL);

      // The first S2 test of the subject (the demo seeds two, unmarked).
      const firstCell = grades.grid.getByRole('textbox').first();
      await expect(firstCell, 'S2 has a mathematics test to mark').toBeVisible();
      const firstLabel = (await firstCell.getAttribute('aria-label')) ?? '';
      const assessment = firstLabel.slice(firstLabel.indexOf(' — ') + ' — '.length);
      const cells = grades.column(assessment);
      const rows = await cells.count();
      const childCell = grades.cell(journey.childSortName, assessment);
      await expect(childCell, 'the parent\'s child is in the grid').toHaveCount(1);

      // Keyboard only from here: Tab from the term link into the grid, type, Enter to go down.
      await page.keyboard.press('Tab');
      await expect(firstCell).toBeFocused();
      const expected: string[] = [];
      for (let row = 0; row < rows; row++) {
        const cell = cells.nth(row);
        await expect(cell).toBeFocused();
        const isChild = (await cell.getAttribute('aria-label')) === `${journey.childSortName} — ${assessment}`;
        await grades.typeInFocusedCell(isChild ? OUT_OF_RANGE : markFor(row));
        expected.push(isChild ? journey.childMark : markFor(row));
        if (isChild) await grades.expectRefused(cell, OUT_OF_RANGE_REASON);
        else await grades.expectAccepted(cell);
        if (row < rows - 1) await page.keyboard.press('Enter');
      }

      // Saving is refused while a cell is wrong: nothing is sent, and the focus goes back to that cell.
      await grades.saveWithKeyboard();
      await expect(grades.nothingSentNotice).toBeVisible();
      await expect(childCell).toBeFocused();
      await grades.expectRefused(childCell, OUT_OF_RANGE_REASON);
      await expectNoSeriousViolations(page, 'the grade grid with a refused cell');

      await grades.typeInFocusedCell(journey.childMark);
      await grades.expectAccepted(childCell);
      await grades.saveWithKeyboard();
      await expect(grades.savedNotice).toBeVisible();
      await expect(grades.noChanges).toBeVisible();

      // The marks are on the server: a reload shows them.
      await page.reload();
      await expect(cells).toHaveCount(rows);
      for (const [row, value] of expected.entries()) await expect(cells.nth(row)).toHaveValue(value);
      await expect(grades.grid.locator('[aria-invalid="true"]')).toHaveCount(0);
    });
  });

  test.describe('the parent, before publication', () => {
    test.use({ storageState: parentState, viewport: PHONE, isMobile: true, hasTouch: true });

    test('sees that S2 is not published yet, and no average', async ({ page }) => {
      const results = new ChildResultsPage(page);
      await results.openFromHome(journey.childName, TERM_LABEL);
      await expect(results.notPublished).toBeVisible();
      await expect(results.generalAverage).toHaveCount(0);
      await expect(results.rank).toHaveCount(0);
      await expect(page.getByText(journey.childMark)).toHaveCount(0);
      await expectNoSeriousViolations(page, 'a child\'s unpublished term on a phone');
    });
  });

  test.describe('the director', () => {
    test.use({ storageState: directorState });

    test('locks then publishes S2 of the class', async ({ page }) => {
      const results = new ClassResultsPage(page);
      await results.openFromHome(CLASS_NAME, TERM_LABEL);
      await results.expectStatus(TERM_LABEL, 'Ouvert');

      await results.lock(TERM_LABEL);
      await expect(results.doneNotice(`${TERM_LABEL} validé et verrouillé.`)).toBeVisible();
      await expect(results.lockButton).toHaveCount(0);

      await results.publish(TERM_LABEL);
      await expect(results.doneNotice(`${TERM_LABEL} publié`)).toBeVisible();
      await expect(results.publishButton).toHaveCount(0);
      await expect(results.reopenButton).toBeVisible();
      await expectNoSeriousViolations(page, 'a published term\'s class results');

      // The class results already count the teacher's mark: mathematics is S2's only marked subject.
      await expect(results.row(journey.childSortName)).toContainText(journey.childMark);
    });
  });

  test.describe('the parent, after publication, on a phone', () => {
    test.use({ storageState: parentState, viewport: PHONE, isMobile: true, hasTouch: true });

    test('sees the child\'s S2 average, in French then in Arabic laid out right to left', async ({ page }) => {
      const results = new ChildResultsPage(page);
      await results.openFromHome(journey.childName, TERM_LABEL);
      await expect(results.notPublished).toHaveCount(0);
      await expect(results.generalAverage).toBeVisible();
      await expect(results.generalAverage).toContainText(`${journey.childMark} / 20`);
      await expect(results.rank).toContainText(/\d/);
      await expect(results.classAverage).toContainText(/\d+,\d\d \/ 20/);
      await results.generalAverage.scrollIntoViewIfNeeded();
      await expect(results.generalAverage).toBeInViewport({ ratio: 1 });
      // Nothing is wider than the phone: no sideways scrolling to read the figures.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
      await expectNoSeriousViolations(page, 'a child\'s published term on a phone (fr)');

      await new AppHeader(page).chooseLanguage('العربية');
      await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
      await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
      const arabic = new ChildResultsPage(page, ARABIC);
      await expect(arabic.generalAverage).toBeVisible();
      await expect(arabic.generalAverage).toContainText(arabicOrLatinDigits(journey.childMark));
      await expect(results.generalAverage).toHaveCount(0); // no longer labelled in French
      await expectNoSeriousViolations(page, 'a child\'s published term on a phone (ar)');
    });
  });
});

/** A French-typed mark ("15,25") as the Arabic interface may show it: Western or Arabic-Indic digits. */
function arabicOrLatinDigits(mark: string): RegExp {
  const [whole, decimals] = mark.split(',');
  const indic = (digits: string) => digits.replace(/\d/g, (d) => String.fromCharCode(0x0660 + Number(d)));
  return new RegExp(`${whole}[,.٫]${decimals}|${indic(whole)}[,.٫]${indic(decimals)}`);
}
