// The demo data the grades-and-results journey starts from, read and put in place through the API.
import type { APIRequestContext } from '@playwright/test';
import { graphql } from './graphql';

/** The demo school (demo-seed.ts): "Collège Al Massira". */
export const DEMO_SCHOOL_CODE = '06141C0001';

export type Term = 'S1' | 'S2';
export type TermStatus = 'OPEN' | 'LOCKED' | 'PUBLISHED';

export interface SchoolClassInfo {
  id: string;
  name: string;
  s1: TermStatus;
  s2: TermStatus;
}

export interface Child {
  codeMassar: string;
  firstName: string;
  lastName: string;
  className: string | null;
}

/** One class of the demo school this year, as its director sees it (director's session). */
export async function schoolClass(director: APIRequestContext, name: string): Promise<SchoolClassInfo> {
  const data = await graphql<{ school: { classes: SchoolClassInfo[] } | null }>(
    director,
    `query ($code: String!) { school(code: $code) { classes { id name s1: termStatus(term: S1) s2: termStatus(term: S2) } } }`,
    { code: DEMO_SCHOOL_CODE },
  );
  const found = data.school?.classes.find((c) => c.name === name);
  if (!found) throw new Error(`The demo school has no class ${name} this year`);
  return found;
}

/**
 * Puts a term back to OPEN (reopening it with a reason when locked or published), so that the
 * journey starts from the same state on a fresh database and on one an earlier run went through.
 */
export async function ensureTermOpen(director: APIRequestContext, className: string, term: Term): Promise<SchoolClassInfo> {
  const found = await schoolClass(director, className);
  const status = term === 'S1' ? found.s1 : found.s2;
  if (status === 'OPEN') return found;
  await graphql(director, `mutation ($input: ReopenTermInput!) { reopenTerm(input: $input) }`, {
    input: { classId: found.id, term, reason: 'e2e: the grades journey starts from an open term' },
  });
  return schoolClass(director, className);
}

/** The parent's (or pupil's) child enrolled in this class (parent's session). */
export async function childInClass(parent: APIRequestContext, className: string): Promise<Child> {
  const data = await graphql<{
    me: { children: { codeMassar: string; firstName: string; lastName: string; enrolments: { status: string; schoolClass: { name: string } | null }[] }[] } | null;
  }>(parent, `{ me { children { codeMassar firstName lastName enrolments { status schoolClass { name } } } } }`);
  const children = (data.me?.children ?? []).map((c) => ({
    codeMassar: c.codeMassar,
    firstName: c.firstName,
    lastName: c.lastName,
    className: (c.enrolments.find((e) => e.status === 'ACTIVE') ?? c.enrolments[0])?.schoolClass?.name ?? null,
  }));
  const child = children.find((c) => c.className === className);
  if (!child) throw new Error(`No child of this account is in ${className}: ${JSON.stringify(children)}`);
  return child;
}
