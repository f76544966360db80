import { AppLayout, LoadingState } from '@massar/ui';
import { useEffect, useState } from 'react';
import { Navigate, Outlet, useLocation } from 'react-router';
import { loadApolloRuntime, useApolloRuntime } from './apolloRuntime';
import { ErrorState } from './ErrorState';
import type { ReturnState } from './returnPath';
import { probeSession, setSession, useSession } from './sessionStore';

/**
 * Layout route of everything behind the login: a logged-out visitor goes to `/login` (and comes
 * back here afterwards); a logged-in one gets the app frame around the child route, inside the
 * Apollo client (loaded once someone is logged in).
 */
export function RequireViewer() {
  const session = useSession();
  const runtime = useApolloRuntime();
  const [loggingOut, setLoggingOut] = useState(false);
  const location = useLocation();
  const viewer = session.status === 'known' ? session.viewer : null;
  useEffect(() => {
    if (viewer) void loadApolloRuntime().catch((error: unknown) => setSession({ status: 'failed', error }));
  }, [viewer]);

  if (viewer && runtime) {
    const logout = async () => {
      setLoggingOut(true);
      try {
        await runtime.logout();
      } finally {
        setLoggingOut(false);
        // Nobody is logged in any more: this layout sends the visitor to the login page.
        setSession({ status: 'known', viewer: null });
      }
    };
    return (
      <runtime.ApolloProvider client={runtime.client}>
        <AppLayout viewer={viewer} onLogout={() => void logout()} loggingOut={loggingOut}>
          <Outlet />
        </AppLayout>
      </runtime.ApolloProvider>
    );
  }
  if (viewer || session.status === 'probing') {
    return (
      <AppLayout>
        <LoadingState />
      </AppLayout>
    );
  }
  if (session.status === 'failed') {
    return (
      <AppLayout>
        <ErrorState error={session.error} onRetry={() => void probeSession({ retry: true })} />
      </AppLayout>
    );
  }
  const state: ReturnState = { from: `${location.pathname}${location.search}` };
  return <Navigate to="/login" replace state={state} />;
}
