import { LoginPage, RequireViewer } from '@massar/client/shell';
import { LoadingState } from '@massar/ui';
import { Navigate, createBrowserRouter } from 'react-router';

// BASE_URL is Vite's `base` ("/"): the router works inside it.
const basename = import.meta.env.BASE_URL.replace(/\/$/, '') || '/';

export const router = createBrowserRouter(
  [
    {
      HydrateFallback: LoadingState,
      children: [
        { path: 'login', Component: LoginPage },
        {
          Component: RequireViewer,
          children: [
            { index: true, lazy: async () => ({ Component: (await import('../pages/HomePage')).HomePage }) },
            // Lazy: the results screen's code is fetched only when a family opens it.
            {
              path: 'children/:codeMassar',
              lazy: async () => ({ Component: (await import('../pages/ChildResultsPage')).ChildResultsPage }),
            },
          ],
        },
        { path: '*', element: <Navigate to="/" replace /> },
      ],
    },
  ],
  { basename },
);
