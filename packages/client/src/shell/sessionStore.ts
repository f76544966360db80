import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { useSyncExternalStore } from 'react';
import { serverErrorCode } from '../errors/serverErrorMessage';
import type { Viewer } from '../session/useViewer';

/**
 * Who is logged in, as the shell (login page, protected layout) knows it. It is asked with a plain
 * fetch at start-up, so that a logged-out visitor's first view needs neither the Apollo client nor
 * its cache: those are loaded (apolloRuntime) when someone logs in or is already logged in.
 */
export type SessionState =
  | { status: 'probing' }
  | { status: 'known'; viewer: Viewer | null }
  | { status: 'failed'; error: unknown };

let state: SessionState = { status: 'probing' };
let probing: Promise<SessionState> | undefined;
const listeners = new Set<() => void>();

export function sessionState(): SessionState {
  return state;
}

export function setSession(next: SessionState): void {
  state = next;
  for (const listener of listeners) listener();
}

/** Asks the API who is logged in (once; `retry` asks again), resolving to the new state. */
export function probeSession({ retry = false } = {}): Promise<SessionState> {
  if (probing && !retry) return probing;
  if (retry) setSession({ status: 'probing' });
  probing = fetchViewer().then(
    (viewer) => ({ status: 'known', viewer }) as const,
    // An expired session is answered UNAUTHENTICATED: nobody is logged in, the login form shows.
    (error: unknown) => (serverErrorCode(error) === 'UNAUTHENTICATED' ? ({ status: 'known', viewer: null } as const) : ({ status: 'failed', error } as const)),
  );
  void probing.then(setSession);
  return probing;
}

/**
 * The `me` query (operations/me.ts) with `__typename` on every object, as the Apollo client sends
 * it: its cache matches the ViewerFields fragment by type name when the answer is written into it
 * (apolloRuntime). A literal, so that the first view loads no GraphQL printer; a test checks it
 * against the document.
 */
export const ME_QUERY =
  'query Me { me { ...ViewerFields __typename } } fragment ViewerFields on Viewer { id role displayName email scope { kind code nameFr nameAr __typename } __typename }';

/** The `me` query over a plain POST, with the headers the Apollo client sends (same origin, CSRF preflight). */
async function fetchViewer(): Promise<Viewer | null> {
  const response = await fetch('/graphql', {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true' },
    body: JSON.stringify({ operationName: 'Me', query: ME_QUERY, variables: {} }),
  });
  const result = (await response.json()) as { data?: { me: Viewer | null } | null; errors?: CombinedGraphQLErrors['errors'] };
  // The same error class as an Apollo query's, so that the shell words both alike.
  if (result.errors?.length) throw new CombinedGraphQLErrors(result);
  if (!result.data) throw new Error(`me: HTTP ${response.status} without data`);
  return result.data.me;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The session state, re-rendering on change. */
export function useSession(): SessionState {
  return useSyncExternalStore(subscribe, sessionState, sessionState);
}

/** For the build-time render of the login page: nobody is logged in. */
export function assumeLoggedOut(): void {
  setSession({ status: 'known', viewer: null });
}
