import { createI18n, type MessageLoaders } from '@massar/ui';
import { startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { type createBrowserRouter } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { MassarAppTree } from './MassarAppTree';
import { probeSession } from './sessionStore';

type Router = ReturnType<typeof createBrowserRouter>;

/**
 * Starts one of the three SPAs: the session probe (a plain fetch: no Apollo client until someone is
 * logged in), theme and translations, then its routes.
 *
 * An app whose index.html holds its login page rendered at build time (`<div id="root"
 * data-prerendered="/login" data-lang="fr">`) passes a router factory: a logged-out visitor in that
 * language gets the markup hydrated, as is, on the login route; anyone else gets a fresh render.
 */
export function mountMassarApp(router: Router | (() => Router), messages: MessageLoaders): void {
  const session = probeSession();
  const container = document.getElementById('root')!;
  const loginPath = container.dataset.prerendered;
  if (!loginPath || typeof router !== 'function') {
    createRoot(container).render(
      <MassarAppTree messages={messages}>
        <RouterProvider router={typeof router === 'function' ? router() : router} />
      </MassarAppTree>,
    );
    return;
  }
  void startPrerendered(container, loginPath, router, messages, session);
}

async function startPrerendered(container: HTMLElement, loginPath: string, makeRouter: () => Router, messages: MessageLoaders, session: ReturnType<typeof probeSession>) {
  const { i18n, ready } = createI18n(messages);
  const [state] = await Promise.all([session, ready.catch(() => undefined)]);
  const loggedOut = state.status === 'known' && state.viewer === null;
  if (loggedOut && i18n.language === container.dataset.lang) {
    goToLogin(loginPath);
    // As a transition, hydration yields to the browser every few milliseconds: the page the
    // visitor already sees stays responsive on a slow phone instead of freezing for one long task.
    startTransition(() => {
      hydrateRoot(
        container,
        <MassarAppTree messages={messages} i18n={i18n}>
          <RouterProvider router={makeRouter()} />
        </MassarAppTree>,
      );
    });
    return;
  }
  // React replaces the build-time markup with this render, in one commit.
  createRoot(container).render(
    <MassarAppTree messages={messages} i18n={i18n}>
      <RouterProvider router={makeRouter()} />
    </MassarAppTree>,
  );
}

/**
 * What RequireViewer would do for a logged-out visitor, done before the router starts so that its
 * first render is the login page the markup shows: go to the login route, remembering where they
 * were headed (the router's location state, `{ from }`).
 */
function goToLogin(loginPath: string): void {
  const { pathname, search } = window.location;
  if (pathname === loginPath) return;
  const base = loginPath.slice(0, loginPath.lastIndexOf('/')); // "" for an app at the site root
  const from = pathname.startsWith(`${base}/`) || pathname === base ? pathname.slice(base.length) || '/' : '/';
  window.history.replaceState({ usr: { from: `${from}${search}` }, key: 'prerendered', idx: 0 }, '', loginPath);
}
