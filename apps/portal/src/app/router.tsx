import { appBasename, appRoutes } from '@massar/client/shell';
import { createBrowserRouter, type RouteObject } from 'react-router';

export const basename = appBasename(import.meta.env.BASE_URL);

export const routes: RouteObject[] = appRoutes([
  { index: true, lazy: async () => ({ Component: (await import('../pages/HomePage')).HomePage }) },
  // Lazy: the results screen's code is fetched only when a family opens it.
  {
    path: 'children/:codeMassar',
    lazy: async () => ({ Component: (await import('../pages/ChildResultsPage')).ChildResultsPage }),
  },
]);

/** Created when the app starts (not at import): the build-time render imports the routes without a browser. */
export function createRouter() {
  return createBrowserRouter(routes, { basename });
}
