import { useSyncExternalStore } from 'react';
import { sessionState } from './sessionStore';

/** What the lazily loaded Apollo module gives the shell. */
export type ApolloRuntime = Awaited<ReturnType<typeof importRuntime>>;

let runtime: ApolloRuntime | null = null;
let loading: Promise<ApolloRuntime> | undefined;
const listeners = new Set<() => void>();

function importRuntime() {
  return import('./apolloClientRuntime').then((module) => module.createApolloRuntime());
}

/**
 * Loads the Apollo client (once), with the session's viewer written into its cache as the answer
 * to `me`, so that the pages' `useViewer()` does not ask again. Called when someone is, or is about
 * to be, logged in.
 */
export function loadApolloRuntime(): Promise<ApolloRuntime> {
  loading ??= importRuntime().then(
    (loaded) => {
      const session = sessionState();
      if (session.status === 'known') loaded.rememberViewer(session.viewer);
      runtime = loaded;
      for (const listener of listeners) listener();
      return loaded;
    },
    (error: unknown) => {
      loading = undefined; // a failed download (network) may be retried
      throw error;
    },
  );
  return loading;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function current(): ApolloRuntime | null {
  return runtime;
}

/** The Apollo runtime once loaded, else null (re-renders when it arrives). */
export function useApolloRuntime(): ApolloRuntime | null {
  return useSyncExternalStore(subscribe, current, current);
}
