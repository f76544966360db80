import { AppLayout, LoadingState } from '@massar/ui';
import { Navigate, Outlet, useLocation } from 'react-router';
import { serverErrorCode } from '../errors/serverErrorMessage';
import { useLogout } from '../session/useLogout';
import { useViewer } from '../session/useViewer';
import { ErrorState } from './ErrorState';
import type { ReturnState } from './returnPath';

/**
 * Layout route of everything behind the login: a logged-out visitor goes to `/login` (and comes
 * back here afterwards); a logged-in one gets the app frame around the child route.
 */
export function RequireViewer() {
  const { viewer, loading, error, refetch } = useViewer();
  const { logout, loading: loggingOut } = useLogout();
  const location = useLocation();

  if (viewer) {
    return (
      <AppLayout viewer={viewer} onLogout={() => void logout()} loggingOut={loggingOut}>
        <Outlet />
      </AppLayout>
    );
  }
  if (loading) {
    return (
      <AppLayout>
        <LoadingState />
      </AppLayout>
    );
  }
  if (error && serverErrorCode(error) !== 'UNAUTHENTICATED') {
    return (
      <AppLayout>
        <ErrorState error={error} onRetry={refetch} />
      </AppLayout>
    );
  }
  const state: ReturnState = { from: `${location.pathname}${location.search}` };
  return <Navigate to="/login" replace state={state} />;
}
