import { ApolloProvider } from '@apollo/client/react';
import { MassarProvider, type MessageLoaders } from '@massar/ui';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { type createBrowserRouter } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { createApolloClient } from '../apolloClient';
import { ME } from '../operations/me';

/** Starts one of the three SPAs: Apollo client, theme and translations, then its routes. */
export function mountMassarApp(router: ReturnType<typeof createBrowserRouter>, messages: MessageLoaders): void {
  const client = createApolloClient();
  // Ask who is logged in while the messages and the first route load, not after.
  void client.query({ query: ME }).catch(() => undefined);
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <ApolloProvider client={client}>
        <MassarProvider messages={messages}>
          <RouterProvider router={router} />
        </MassarProvider>
      </ApolloProvider>
    </StrictMode>,
  );
}
