// Build-time only (vite.config.ts loads it in Node): the login page's markup for index.html, so that
// a phone shows the form before the JavaScript has arrived; the browser then hydrates it.
import { MassarAppTree, assumeLoggedOut } from '@massar/client/shell';
import { DEFAULT_LANGUAGE, createI18n, directionOf } from '@massar/ui';
import { renderToString } from 'react-dom/server';
import { StaticRouterProvider, createStaticHandler, createStaticRouter } from 'react-router';
import { basename, routes } from '../app/router';
import { APP_MESSAGES } from '../i18n/AppMessages';

export interface RenderedPage {
  html: string;
  title: string;
  lang: string;
  dir: string;
  path: string;
}

export async function renderLoginPage(): Promise<RenderedPage> {
  assumeLoggedOut();
  const { i18n, ready } = createI18n(APP_MESSAGES);
  await ready;
  const path = `${basename === '/' ? '' : basename}/login`;
  const handler = createStaticHandler(routes, { basename });
  const context = await handler.query(new Request(`http://localhost${path}`));
  if (context instanceof Response) throw new Error(`The login route answered a redirect (${context.status})`);
  const router = createStaticRouter(handler.dataRoutes, context);
  const html = renderToString(
    <MassarAppTree messages={APP_MESSAGES} i18n={i18n}>
      <StaticRouterProvider router={router} context={context} hydrate={false} />
    </MassarAppTree>,
  );
  // The title AppLayout sets once mounted.
  const title = `${i18n.t('name', { ns: 'app' })} · ${i18n.t('brand', { ns: 'ui' })}`;
  return { html, title, lang: DEFAULT_LANGUAGE, dir: directionOf(DEFAULT_LANGUAGE), path };
}
