import { appBasename, appRoutes } from '@massar/client/shell';
import { createBrowserRouter } from 'react-router';

export const router = createBrowserRouter(
  appRoutes([
    { index: true, lazy: async () => ({ Component: (await import('../pages/HomePage')).HomePage }) },
    {
      path: 'grades/:classId/:subjectCode',
      lazy: async () => ({ Component: (await import('../pages/GradeEntryPage')).GradeEntryPage }),
    },
    {
      path: 'results/:classId',
      lazy: async () => ({ Component: (await import('../pages/ClassResultsPage')).ClassResultsPage }),
    },
  ]),
  { basename: appBasename(import.meta.env.BASE_URL) },
);
