import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';

export interface ApolloClientOptions {
  /** GraphQL endpoint; the SPAs are served by the API, so same origin. */
  uri?: string;
}

/**
 * The Apollo client of every SPA: the session lives in an httpOnly cookie (same origin), and the
 * `apollo-require-preflight` header satisfies Apollo Server's CSRF prevention.
 */
export function createApolloClient({ uri = '/graphql' }: ApolloClientOptions = {}): ApolloClient {
  return new ApolloClient({
    link: new HttpLink({
      uri,
      credentials: 'same-origin',
      headers: { 'apollo-require-preflight': 'true' },
    }),
    cache: new InMemoryCache(),
  });
}
