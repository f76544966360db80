import { useMutation } from '@apollo/client/react';
import { LOGIN } from '../operations/login';
import { ME } from '../operations/me';
import type { Viewer } from './useViewer';

export interface LoginState {
  /** Resolves to the viewer, or null when the login failed (see `error`). */
  login: (identifier: string, password: string) => Promise<Viewer | null>;
  loading: boolean;
  error: Error | undefined;
}

/** Logs in with an e-mail or a code Massar; the API sets the session cookie. */
export function useLogin(): LoginState {
  const [mutate, { loading, error }] = useMutation(LOGIN, {
    update(cache, { data }) {
      if (data) cache.writeQuery({ query: ME, data: { me: data.login.viewer } });
    },
  });
  const login = async (identifier: string, password: string) => {
    try {
      const { data } = await mutate({ variables: { input: { identifier, password } } });
      return data?.login.viewer ?? null;
    } catch {
      return null;
    }
  };
  return { login, loading, error };
}
