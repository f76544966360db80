import { appBasename, appRoutes } from '@massar/client/shell';
import { createBrowserRouter } from 'react-router';

export const router = createBrowserRouter(
  appRoutes([{ index: true, lazy: async () => ({ Component: (await import('../pages/HomePage')).HomePage }) }]),
  { basename: appBasename(import.meta.env.BASE_URL) },
);
