import { LoginPage, RequireViewer } from '@massar/client/shell';
import { LoadingState } from '@massar/ui';
import { Navigate, createBrowserRouter } from 'react-router';

// BASE_URL is Vite's `base` ("/ministry/"): the router works inside it.
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
          ],
        },
        { path: '*', element: <Navigate to="/" replace /> },
      ],
    },
  ],
  { basename },
);
