import { appBasename, appRoutes } from '@massar/client/shell';
import { createBrowserRouter, type RouteObject } from 'react-router';

export const basename = appBasename(import.meta.env.BASE_URL);

export const routes: RouteObject[] = appRoutes([
  { index: true, lazy: async () => ({ Component: (await import('../pages/HomePage')).HomePage }) },
  // Lazy: each child screen's code is fetched only when a family opens it, never with the login page.
  {
    path: 'children/:codeMassar',
    lazy: async () => ({ Component: (await import('../pages/ChildResultsPage')).ChildResultsPage }),
  },
  {
    path: 'children/:codeMassar/timetable',
    lazy: async () => ({ Component: (await import('../pages/schoolTimePages')).ChildTimetablePage }),
  },
  {
    path: 'children/:codeMassar/absences',
    lazy: async () => ({ Component: (await import('../pages/schoolTimePages')).ChildAbsencesPage }),
  },
  {
    path: 'children/:codeMassar/schooling',
    lazy: async () => ({ Component: (await import('../pages/ChildSchoolingPage')).ChildSchoolingPage }),
  },
  {
    path: 'children/:codeMassar/orientation',
    lazy: async () => ({ Component: (await import('../pages/ChildOrientationPage')).ChildOrientationPage }),
  },
  {
    path: 'children/:codeMassar/support',
    lazy: async () => ({ Component: (await import('../pages/ChildSupportPage')).ChildSupportPage }),
  },
]);

/** Created when the app starts (not at import): the build-time render imports the routes without a browser. */
export function createRouter() {
  return createBrowserRouter(routes, { basename });
}
