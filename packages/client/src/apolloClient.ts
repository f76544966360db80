import { ApolloClient, ApolloLink, HttpLink, InMemoryCache, ServerError } from '@apollo/client';
import { RetryLink } from '@apollo/client/link/retry';

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
    link: ApolloLink.from([
      // A busy server (a results evening) answers 503 before running anything: ask again a few
      // times, about a second apart and spread out, as its Retry-After says, before showing an error.
      new RetryLink({
        delay: { initial: 1000, max: 8000, jitter: true },
        attempts: { max: 4, retryIf: isOverloaded },
      }),
      new HttpLink({
        uri,
        credentials: 'same-origin',
        headers: { 'apollo-require-preflight': 'true' },
      }),
    ]),
    cache: new InMemoryCache(),
  });
}

/** The API's load shedding (reason OVERLOADED, HTTP 503): nothing ran, so asking again is safe. */
export const isOverloaded = (error: unknown): boolean => ServerError.is(error) && error.statusCode === 503;
