import { serverErrorCode, useLogout, useViewer } from '@massar/client';
import { Navigate, Outlet, useLocation } from 'react-router';
import { AppLayout } from '../components/AppLayout';
import { ErrorState } from '../components/ErrorState';
import { LoadingState } from '../components/LoadingState';
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
