import { expect, type Locator, type Page } from '@playwright/test';
import { TermTabs } from './TermTabs';

/**
 * A teacher's grade entry for one class × subject (back office): the grid "Notes", one text box
 * per pupil × assessment named "<Last First> — <assessment>", and the save bar.
 */
export class GradeGridPage {
  readonly grid: Locator;
  readonly terms: TermTabs;
  readonly saveButton: Locator;
  readonly discardButton: Locator;
  readonly savedNotice: Locator;
  readonly nothingSentNotice: Locator;
  readonly noChanges: Locator;

  constructor(readonly page: Page) {
    this.grid = page.getByRole('table', { name: 'Notes', exact: true });
    this.terms = new TermTabs(page);
    this.saveButton = page.getByRole('button', { name: 'Enregistrer', exact: true });
    this.discardButton = page.getByRole('button', { name: 'Annuler les modifications', exact: true });
    this.savedNotice = page.getByRole('status').filter({ hasText: 'Notes enregistrées' });
    this.nothingSentNotice = page.getByRole('alert').filter({ hasText: "Rien n'a été envoyé" });
    this.noChanges = page.getByText('Aucune modification à enregistrer.', { exact: true });
  }

  /** The teacher's link on the back-office home page to a class × subject's grades. */
  assignmentLink(className: string, subjectName: string): Locator {
    return this.page.getByRole('link', { name: `Saisir les notes — ${className} · ${subjectName}`, exact: true });
  }

  /** From the home page to the grid of a class × subject in a term, following links from the keyboard. */
  async openFromHome(className: string, subjectName: string, term: 'Semestre 1' | 'Semestre 2'): Promise<void> {
    await this.page.goto('/staff/');
    const link = this.assignmentLink(className, subjectName);
    await link.focus();
    await this.page.keyboard.press('Enter');
    await expect(this.page.getByRole('heading', { level: 1, name: `Notes — ${className} · ${subjectName}` })).toBeVisible();
    await this.terms.chooseByKeyboard(term);
    await expect(this.grid).toBeVisible();
  }

  /** Every cell of one assessment's column, top to bottom (pupils in the grid's order). */
  column(assessment: string): Locator {
    return this.grid.getByRole('textbox', { name: new RegExp(` — ${escapeRegExp(assessment)}$`) });
  }

  /** One pupil's cell ("Last First" as the grid names pupils). */
  cell(pupil: string, assessment: string): Locator {
    return this.grid.getByRole('textbox', { name: `${pupil} — ${assessment}`, exact: true });
  }

  /** Types into the focused cell (arriving in a cell selects its text, so typing replaces it). */
  async typeInFocusedCell(text: string): Promise<void> {
    await this.page.keyboard.type(text);
  }

  /** Saves as the hint says, from the keyboard: Ctrl+S. */
  async saveWithKeyboard(): Promise<void> {
    await this.page.keyboard.press('Control+s');
  }

  /** The cell is refused where it stands: marked invalid and described by the reason. */
  async expectRefused(cell: Locator, reason: string): Promise<void> {
    await expect(cell).toHaveAttribute('aria-invalid', 'true');
    await expect(cell).toHaveAccessibleDescription(reason);
  }

  async expectAccepted(cell: Locator): Promise<void> {
    await expect(cell).not.toHaveAttribute('aria-invalid', 'true');
    await expect(cell).toHaveAccessibleDescription('');
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
