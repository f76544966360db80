import { AppLayout, LoadingState, LoginForm, type LoginFailureReason } from '@massar/ui';
import { useEffect, useState } from 'react';
import { Navigate, useLocation } from 'react-router';
import { serverErrorExtension, serverErrorMessage } from '../errors/serverErrorMessage';
import { CoreErrorReason, PeopleErrorReason } from '../generated/schema-enums';
import { loadApolloRuntime } from './apolloRuntime';
import { ErrorState } from './ErrorState';
import { returnPath } from './returnPath';
import { probeSession, setSession, useSession } from './sessionStore';

/**
 * The login route: once the session has a viewer (already logged in, or just now), go where they
 * were headed. Its first view needs no Apollo client: that is fetched when the visitor acts.
 */
export function LoginPage() {
  const session = useSession();
  const [submitting, setSubmitting] = useState(false);
  const [loginError, setLoginError] = useState<unknown>(undefined);
  const location = useLocation();
  useWarmUpOnFirstAct();

  if (session.status === 'known' && session.viewer) return <Navigate to={returnPath(location.state)} replace />;

  const login = async (identifier: string, password: string) => {
    setSubmitting(true);
    setLoginError(undefined);
    try {
      const runtime = await loadApolloRuntime();
      setSession({ status: 'known', viewer: await runtime.login(identifier, password) });
    } catch (error) {
      setLoginError(error);
    } finally {
      setSubmitting(false);
    }
  };
  return (
    <AppLayout>
      {session.status === 'probing' ? (
        <LoadingState />
      ) : session.status === 'failed' ? (
        <ErrorState error={session.error} onRetry={() => void probeSession({ retry: true })} />
      ) : (
        <LoginForm
          onSubmit={(identifier, password) => void login(identifier, password)}
          loading={submitting}
          failed={loginError !== undefined}
          failureMessage={loginError ? serverErrorMessage(loginError) : null}
          failureReason={loginFailureReason(loginError)}
          retryAfterSeconds={serverErrorExtension(loginError, 'retryAfterSeconds') as number | null}
        />
      )}
    </AppLayout>
  );
}

/** The visitor's first focus or tap is when the Apollo client is worth fetching: it is there by the time they submit. */
function useWarmUpOnFirstAct(): void {
  useEffect(() => {
    const warm = () => {
      void loadApolloRuntime().catch(() => undefined);
      stop();
    };
    const stop = () => {
      document.removeEventListener('focusin', warm);
      document.removeEventListener('pointerdown', warm);
    };
    document.addEventListener('focusin', warm);
    document.addEventListener('pointerdown', warm);
    return stop;
  }, []);
}

const WORDED: readonly string[] = [PeopleErrorReason.INVALID_CREDENTIALS, CoreErrorReason.RATE_LIMITED];

/** The refusals the form words in the user's language; anything else shows the server's message. */
function loginFailureReason(error: unknown): LoginFailureReason | null {
  const reason = serverErrorExtension(error, 'reason');
  return typeof reason === 'string' && WORDED.includes(reason) ? (reason as LoginFailureReason) : null;
}
