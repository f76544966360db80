import { expect, type Locator, type Page } from '@playwright/test';

/** The back office's timetable editor (/staff/timetable), French labels. */
export class TimetablePage {
  readonly heading: Locator;
  readonly form: Locator;
  readonly preview: Locator;
  readonly outcome: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Emploi du temps' });
    this.form = page.getByRole('region', { name: /^(Placer un cours en|Déplacer :) / });
    this.preview = this.form.getByRole('status');
    this.outcome = page.getByRole('status').filter({ hasText: /^Cours (placé|déplacé|retiré) : / });
  }

  /** The editor on a class's week in a term, straight from its address. */
  async goto(classId: string, term: string): Promise<void> {
    await this.page.goto(`/staff/timetable?term=${term}&class=${encodeURIComponent(classId)}`);
    await expect(this.heading).toBeVisible();
  }

  /** The class's week. */
  week(className: string): Locator {
    return this.page.getByRole('region', { name: `Semaine de la classe ${className}`, exact: true });
  }

  /** A slot of the week by the start of its accessible name ("Mathématiques, 1AC-1, samedi 19:00–19:45"). */
  slot(className: string, name: string): Locator {
    return this.week(className).getByRole('button', { name: new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) });
  }

  async fillSlot(slot: { weekday: string; startsAt: string; endsAt: string; subject?: string }): Promise<void> {
    await this.form.getByLabel('Jour', { exact: true }).selectOption({ label: slot.weekday });
    await this.form.getByLabel(/^Début/).fill(slot.startsAt);
    await this.form.getByLabel(/^Fin/).fill(slot.endsAt);
    if (slot.subject) await this.form.getByLabel(/^Matière/).selectOption({ label: slot.subject });
  }

  async save(): Promise<void> {
    await this.form.getByRole('button', { name: /^(Placer le cours|Enregistrer le déplacement)$/ }).click();
  }

  /** Removes the slot being moved, confirming. */
  async removeSelected(): Promise<void> {
    await this.form.getByRole('button', { name: 'Retirer ce cours', exact: true }).click();
    await this.form.getByRole('button', { name: 'Oui, retirer', exact: true }).click();
  }
}
