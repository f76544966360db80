import { expect, type Locator, type Page } from '@playwright/test';
import type { Child } from '../support/evaluation';

/** A pupil as the back office's lists name them: last name first. */
const sortName = (child: Child) => `${child.lastName} ${child.firstName}`;

/** The teacher's home: the roll call of the lesson under way, next, or the day's others. */
export class TeacherRollCallHome {
  readonly section: Locator;

  constructor(readonly page: Page) {
    this.section = page.getByRole('region', { name: /^Appel du/ });
  }

  async goto(): Promise<void> {
    await this.page.goto('/staff/');
    await expect(this.section).toBeVisible();
  }

  /** The link to the roll call of the day's lesson of a class. */
  lessonOf(className: string): Locator {
    return this.section.getByRole('link', { name: new RegExp(`· ${className} ·`) }).first();
  }

  /** The slot id and date the link opens (`/staff/roll-call/:slotId/:date`). */
  async target(className: string): Promise<{ slotId: string; date: string }> {
    const href = (await this.lessonOf(className).getAttribute('href')) ?? '';
    const match = /\/roll-call\/([^/]+)\/(\d{4}-\d{2}-\d{2})$/.exec(href);
    if (!match) throw new Error(`No roll call link for ${className}: ${href}`);
    return { slotId: decodeURIComponent(match[1]), date: match[2] };
  }
}

/** The roll call of one lesson: a toggle per pupil, the counts, Save. */
export class RollCallPage {
  readonly heading: Locator;
  readonly save: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: /^Appel — / });
    this.save = page.getByRole('button', { name: /^Enregistrer (l'appel|les corrections)$/ });
  }

  absentToggle(child: Child): Locator {
    return this.page.getByRole('button', { name: `Absent : ${sortName(child)}` });
  }

  async markAbsent(child: Child): Promise<void> {
    const toggle = this.absentToggle(child);
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  }

  async saveAndExpectSaved(): Promise<void> {
    await this.save.click();
    await expect(this.page.getByRole('status').filter({ hasText: 'Appel enregistré' })).toBeVisible();
  }
}

/** A child's absences in the portal (`/children/:codeMassar/absences`): pick absences, justify them. */
export class ChildAbsencesPage {
  constructor(readonly page: Page) {}

  async goto(codeMassar: string): Promise<void> {
    await this.page.goto(`/children/${encodeURIComponent(codeMassar)}/absences`);
  }

  absence(absenceId: string): Locator {
    return this.page.locator(`li[data-absence-id="${absenceId}"]`);
  }

  /** Sends a justification of one absence with a reason, a note and a certificate file. */
  async justify(absenceId: string, note: string, file: { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
    await this.absence(absenceId).getByRole('checkbox').check();
    await this.page.getByRole('button', { name: 'Justifier', exact: true }).click();
    const form = this.page.getByRole('form', { name: 'Justifier les absences sélectionnées' });
    await form.getByLabel('Motif').selectOption({ label: 'Maladie' });
    await form.getByLabel('Précisions (facultatif)').fill(note);
    await form.getByLabel('Certificat (photo ou PDF)').setInputFiles(file);
    await expect(form.getByText(/^Fichier prêt/)).toBeVisible();
    await form.getByRole('button', { name: 'Envoyer le justificatif' }).click();
    await expect(this.page.getByText(/^Justificatif envoyé/)).toBeVisible();
  }
}

/** The back office's justification inbox (`/staff/absences`), pending first. */
export class JustificationInbox {
  constructor(readonly page: Page) {}

  async goto(): Promise<void> {
    await this.page.goto('/staff/absences');
    await expect(this.page.getByRole('heading', { level: 2, name: 'Justificatifs à traiter' })).toBeVisible();
  }

  /** The pending justification of the child carrying this note. */
  card(child: Child, note: string): Locator {
    return this.page.getByRole('article', { name: new RegExp(sortName(child)) }).filter({ hasText: note });
  }

  async viewAttachment(card: Locator): Promise<void> {
    await card.getByRole('button', { name: /^Voir la pièce jointe/ }).click();
    await expect(card.getByRole('img', { name: /^Pièce jointe du justificatif/ })).toBeVisible();
  }

  async accept(card: Locator, child: Child): Promise<void> {
    await card.getByRole('button', { name: `Accepter le justificatif de ${sortName(child)}` }).click();
    await expect(this.page.getByRole('status').filter({ hasText: `Justificatif de ${sortName(child)} accepté` })).toBeVisible();
  }
}
