import { join } from 'node:path';
import { authDir } from './paths';

/** The password of every demo account (demo mode only). */
export const DEMO_PASSWORD = 'demo1234';

export interface MassarApp {
  key: 'portal' | 'backoffice' | 'dashboard';
  /** Where the SPA is served; its routes live below (the login page is `${path}login`). */
  path: string;
  /** The level-1 heading of its home page (French, the default language). */
  homeHeading: string;
  /** The demo account its smoke journey logs in with, and that account's role. */
  account: string;
  role: 'PARENT' | 'DIRECTOR' | 'MINISTRY';
}

export const APPS: readonly MassarApp[] = [
  { key: 'portal', path: '/', homeHeading: 'Espace parents et élèves', account: 'parent@demo.massar.ma', role: 'PARENT' },
  { key: 'backoffice', path: '/staff/', homeHeading: 'Espace établissement', account: 'directeur@demo.massar.ma', role: 'DIRECTOR' },
  { key: 'dashboard', path: '/ministry/', homeHeading: 'Tableau de bord national', account: 'ministere@demo.massar.ma', role: 'MINISTRY' },
];

/** The saved session (storageState) of an app's demo account, written by auth.setup.ts. */
export function storageStateOf(app: MassarApp): string {
  return join(authDir(), `${app.key}.json`);
}

/** The app with this key (the list above is the source of truth). */
export function appOf(key: MassarApp['key']): MassarApp {
  const app = APPS.find((a) => a.key === key);
  if (!app) throw new Error(`No app with the key ${key}`);
  return app;
}

/**
 * A demo account the journeys need besides each app's smoke account; auth.setup.ts logs it in
 * once too. Its `key` names its storageState file and differs from every app key.
 */
export interface ExtraAccount {
  key: string;
  app: MassarApp;
  account: string;
  role: string;
}

export const TEACHER_ACCOUNT: ExtraAccount = {
  key: 'backoffice-teacher',
  app: appOf('backoffice'),
  account: 'enseignant@demo.massar.ma',
  role: 'TEACHER',
};

/** The demo school's secretariat (STAFF): decides the families' justifications of absences. */
export const SECRETARIAT_ACCOUNT: ExtraAccount = {
  key: 'backoffice-secretariat',
  app: appOf('backoffice'),
  account: 'secretariat@demo.massar.ma',
  role: 'STAFF',
};

export const EXTRA_ACCOUNTS: readonly ExtraAccount[] = [TEACHER_ACCOUNT, SECRETARIAT_ACCOUNT];

/** The saved session (storageState) of an extra demo account, written by auth.setup.ts. */
export function storageStateOfAccount(account: ExtraAccount): string {
  return join(authDir(), `${account.key}.json`);
}
