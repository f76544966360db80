import { serverErrorCode, useLogin, useViewer } from '@massar/client';
import { Navigate, useLocation } from 'react-router';
import { AppLayout } from '../components/AppLayout';
import { ErrorState } from '../components/ErrorState';
import { LoadingState } from '../components/LoadingState';
import { LoginForm } from '../components/LoginForm';
import { returnPath } from './returnPath';

/** The login route: once `me` answers a viewer (already logged in, or just now), go where they were headed. */
export function LoginPage() {
  const { viewer, loading, error, refetch } = useViewer();
  const { login, loading: submitting, error: loginError } = useLogin();
  const location = useLocation();

  if (viewer) return <Navigate to={returnPath(location.state)} replace />;
  const unreachable = error && serverErrorCode(error) !== 'UNAUTHENTICATED';
  return (
    <AppLayout>
      {loading ? (
        <LoadingState />
      ) : unreachable ? (
        <ErrorState error={error} onRetry={refetch} />
      ) : (
        <LoginForm onSubmit={(identifier, password) => void login(identifier, password)} loading={submitting} error={loginError} />
      )}
    </AppLayout>
  );
}
