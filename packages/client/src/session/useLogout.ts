import { useApolloClient, useMutation } from '@apollo/client/react';
import { LOGOUT } from '../operations/logout';

export interface LogoutState {
  logout: () => Promise<void>;
  loading: boolean;
}

/** Ends the session, then resets the store so that nothing of the previous user stays cached. */
export function useLogout(): LogoutState {
  const client = useApolloClient();
  const [mutate, { loading }] = useMutation(LOGOUT);
  const logout = async () => {
    try {
      await mutate();
    } finally {
      // Refetches the active `me` query, which now answers null: the app goes to its login page.
      await client.resetStore().catch(() => undefined);
    }
  };
  return { logout, loading };
}
