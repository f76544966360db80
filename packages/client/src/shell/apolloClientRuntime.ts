// Loaded on demand (see apolloRuntime): the Apollo client and what the shell does with it.
import { ApolloProvider } from '@apollo/client/react';
import { createApolloClient } from '../apolloClient';
import { LOGIN } from '../operations/login';
import { LOGOUT } from '../operations/logout';
import { ME } from '../operations/me';
import type { Viewer } from '../session/useViewer';

export function createApolloRuntime() {
  const client = createApolloClient();
  const rememberViewer = (viewer: Viewer | null) => client.writeQuery({ query: ME, data: { me: viewer } });
  return {
    client,
    ApolloProvider,
    rememberViewer,
    /** Logs in (the API sets the session cookie); throws the API's refusal as a CombinedGraphQLErrors. */
    async login(identifier: string, password: string): Promise<Viewer> {
      const { data } = await client.mutate({ mutation: LOGIN, variables: { input: { identifier, password } } });
      if (!data) throw new Error('login: no data');
      rememberViewer(data.login.viewer);
      return data.login.viewer;
    },
    /** Ends the session, then empties the cache so that nothing of the previous user stays. */
    async logout(): Promise<void> {
      try {
        await client.mutate({ mutation: LOGOUT });
      } finally {
        await client.clearStore().catch(() => undefined);
      }
    },
  };
}
