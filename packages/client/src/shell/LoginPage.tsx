import { AppLayout, LoadingState, LoginForm, type LoginFailureReason } from '@massar/ui';
import { Navigate, useLocation } from 'react-router';
import { serverErrorCode, serverErrorExtension, serverErrorMessage } from '../errors/serverErrorMessage';
import { CoreErrorReason, PeopleErrorReason } from '../generated/schema-enums';
import { useLogin } from '../session/useLogin';
import { useViewer } from '../session/useViewer';
import { ErrorState } from './ErrorState';
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
        <LoginForm
          onSubmit={(identifier, password) => void login(identifier, password)}
          loading={submitting}
          failed={loginError !== undefined}
          failureMessage={loginError && serverErrorMessage(loginError)}
          failureReason={loginFailureReason(loginError)}
          retryAfterSeconds={serverErrorExtension(loginError, 'retryAfterSeconds') as number | null}
        />
      )}
    </AppLayout>
  );
}

const WORDED: readonly string[] = [PeopleErrorReason.INVALID_CREDENTIALS, CoreErrorReason.RATE_LIMITED];

/** The refusals the form words in the user's language; anything else shows the server's message. */
function loginFailureReason(error: unknown): LoginFailureReason | null {
  const reason = serverErrorExtension(error, 'reason');
  return typeof reason === 'string' && WORDED.includes(reason) ? (reason as LoginFailureReason) : null;
}
