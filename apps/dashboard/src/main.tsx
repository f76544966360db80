import '@massar/ui/styles.css';
import { ApolloProvider } from '@apollo/client/react';
import { createApolloClient, ME } from '@massar/client';
import { MassarProvider } from '@massar/ui';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router/dom';
import { router } from './app/router';
import { APP_MESSAGES } from './i18n/AppMessages';

const client = createApolloClient();
// Ask who is logged in while the messages and the first route load, not after.
void client.query({ query: ME }).catch(() => undefined);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ApolloProvider client={client}>
      <MassarProvider messages={APP_MESSAGES}>
        <RouterProvider router={router} />
      </MassarProvider>
    </ApolloProvider>
  </StrictMode>,
);
