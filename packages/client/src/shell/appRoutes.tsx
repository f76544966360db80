import { LoadingState } from '@massar/ui';
import { Navigate, type RouteObject } from 'react-router';
import { LoginPage } from './LoginPage';
import { RequireViewer } from './RequireViewer';

/**
 * The frame every app's routes share: the login page, the app's own pages behind a session, and
 * anything else sent home. The login page is not lazy: it is the first view (the portal renders
 * it into index.html at build time).
 */
export function appRoutes(pages: RouteObject[]): RouteObject[] {
  return [
    {
      HydrateFallback: LoadingState,
      children: [
        { path: 'login', Component: LoginPage },
        { Component: RequireViewer, children: pages },
        { path: '*', element: <Navigate to="/" replace /> },
      ],
    },
  ];
}

/** Vite's `base` ("/staff/") as the router's basename: the router works inside it. */
export const appBasename = (base: string) => base.replace(/\/$/, '') || '/';
