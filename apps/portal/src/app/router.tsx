import { LoginPage, RequireViewer } from '@massar/client/shell';
import { LoadingState } from '@massar/ui';
import { Navigate, createBrowserRouter, type RouteObject } from 'react-router';

// BASE_URL is Vite's `base` ("/"): the router works inside it.
export const basename = import.meta.env.BASE_URL.replace(/\/$/, '') || '/';

export const routes: RouteObject[] = [
  {
    HydrateFallback: LoadingState,
    children: [
      // Not lazy: it is the first view, rendered into index.html at build time (see vite.config.ts).
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
];

/** Created when the app starts (not at import): the build-time render imports the routes without a browser. */
export function createRouter() {
  return createBrowserRouter(routes, { basename });
}
