import { expect, type Locator, type Page } from '@playwright/test';

/** A new pupil as the journey types them (French labels, the default language). */
export interface NewPupil {
  lastName: string;
  firstName: string;
  lastNameAr: string;
  firstNameAr: string;
  birthDate: string;
  birthPlace: string;
  gender: 'Fille' | 'Garçon';
  guardian: { relationship: 'Père' | 'Mère' | 'Tuteur légal'; lastName: string; firstName: string; lastNameAr: string; firstNameAr: string; phone: string };
}

/** The back office's registration of a new pupil (Rentrée → Inscrire un nouvel élève). */
export class RegistrationPage {
  readonly heading: Locator;
  readonly pupil: Locator;
  readonly guardian: Locator;
  readonly classSelect: Locator;
  readonly submit: Locator;
  readonly refusedNotice: Locator;
  readonly slip: Locator;
  readonly printButton: Locator;
  /** "This pupil may be registered already", as the identity is typed. */
  readonly duplicateWarning: Locator;
  /** The registration refused for a duplicate, with the "another child" choice. */
  readonly duplicateRefusal: Locator;
  readonly anotherChild: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Inscription d\'un nouvel élève' });
    this.pupil = page.getByRole('group', { name: 'Élève', exact: true });
    this.guardian = page.getByRole('group', { name: 'Parent ou tuteur 1', exact: true });
    this.classSelect = this.pupil.getByRole('combobox', { name: /^Classe de l'année/ });
    this.submit = page.getByRole('button', { name: 'Inscrire l\'élève', exact: true });
    this.refusedNotice = page.getByRole('alert').filter({ hasText: 'L\'inscription n\'est pas enregistrée' });
    this.slip = page.getByRole('region', { name: 'Fiche d\'inscription' });
    this.printButton = page.getByRole('button', { name: 'Imprimer la fiche d\'inscription', exact: true });
    this.duplicateWarning = page.getByRole('status').filter({ hasText: 'Cet élève est peut-être déjà inscrit' });
    this.duplicateRefusal = page.getByRole('alert').filter({ hasText: 'Inscription non enregistrée : un élève avec cette identité existe déjà' });
    this.anotherChild = page.getByRole('button', { name: 'C\'est un autre enfant : l\'inscrire quand même', exact: true });
  }

  field(group: Locator, label: string): Locator {
    return group.getByRole('textbox', { name: new RegExp(`^${label}`) });
  }

  async fill(pupil: NewPupil): Promise<void> {
    await this.field(this.pupil, 'Nom \\(lettres latines\\)').fill(pupil.lastName);
    await this.field(this.pupil, 'Prénom \\(lettres latines\\)').fill(pupil.firstName);
    await this.field(this.pupil, 'Nom \\(en arabe\\)').fill(pupil.lastNameAr);
    await this.field(this.pupil, 'Prénom \\(en arabe\\)').fill(pupil.firstNameAr);
    await this.pupil.getByLabel(/^Date de naissance/).fill(pupil.birthDate);
    await this.field(this.pupil, 'Lieu de naissance').fill(pupil.birthPlace);
    await this.pupil.getByRole('combobox', { name: /^Sexe/ }).selectOption({ label: pupil.gender });
    const g = pupil.guardian;
    await this.guardian.getByRole('combobox', { name: /^Lien avec l'élève/ }).selectOption({ label: g.relationship });
    await this.field(this.guardian, 'Nom \\(lettres latines\\)').fill(g.lastName);
    await this.field(this.guardian, 'Prénom \\(lettres latines\\)').fill(g.firstName);
    await this.field(this.guardian, 'Nom \\(en arabe\\)').fill(g.lastNameAr);
    await this.field(this.guardian, 'Prénom \\(en arabe\\)').fill(g.firstNameAr);
    await this.guardian.getByRole('textbox', { name: /^Téléphone portable/ }).fill(g.phone);
  }

  /** The code Massar the slip shows, large. */
  async codeMassar(): Promise<string> {
    const code = this.slip.getByLabel(/^Code Massar : /);
    await expect(code).toHaveText(/^[A-Z]\d{9}$/);
    return (await code.textContent()) ?? '';
  }
}

/** One class of the year (Rentrée → a class's pupils): the roster, enrolment by code Massar. */
export class ClassAssignmentPage {
  readonly roster: Locator;
  readonly codeInput: Locator;

  constructor(
    readonly page: Page,
    readonly className: string,
  ) {
    this.roster = page.getByRole('table', { name: `Élèves de ${className}`, exact: true });
    this.codeInput = page.getByRole('textbox', { name: /^Code Massar/ });
  }

  async expectShown(): Promise<void> {
    await expect(this.page.getByRole('heading', { level: 1, name: new RegExp(`^Classe ${this.className} — `) })).toBeVisible();
  }

  row(sortName: string): Locator {
    return this.roster.getByRole('row').filter({ has: this.page.getByRole('rowheader', { name: sortName, exact: true }) });
  }

  /** Ticks (or unticks) a pupil of the page. */
  async toggle(sortName: string): Promise<void> {
    await this.row(sortName).getByRole('checkbox', { name: `Sélectionner ${sortName}` }).click();
  }

  /** The ticked pupils moved to another class of the level: chosen in the list, then sent. */
  async moveSelectionTo(className: string, count: number): Promise<void> {
    const select = this.page.getByRole('combobox', { name: /^Déplacer la sélection vers la classe/ });
    const value = await select.locator('option', { hasText: new RegExp(`^${className} — `) }).getAttribute('value');
    await select.selectOption(value ?? '');
    await this.page.getByRole('button', { name: `Déplacer ${count} élève${count > 1 ? 's' : ''} en ${className}`, exact: true }).click();
  }

  async enrol(code: string): Promise<void> {
    await this.codeInput.fill(code);
    await this.page.getByRole('button', { name: `Inscrire en ${this.className}`, exact: true }).click();
  }
}
