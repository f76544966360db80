import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createServer, type Plugin, type ResolvedConfig } from 'vite';
import type { RenderedPage } from '../src/prerender/renderLoginPage';
import { graphqlDocuments } from './graphql-documents.plugin';

const ROOT_ELEMENT = '<div id="root"></div>';

/**
 * After the build, renders the login page (src/prerender/renderLoginPage.tsx, in Node through Vite's
 * SSR loader) into dist/index.html: the first view is visible before any JavaScript runs, and
 * mountMassarApp hydrates it for a logged-out visitor.
 */
export function prerenderLoginPage(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'massar:prerender-login',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    async closeBundle() {
      const server = await createServer({
        configFile: false,
        root: config.root,
        base: config.base,
        logLevel: 'error',
        appType: 'custom',
        server: { middlewareMode: true, hmr: false, ws: false },
        plugins: [graphqlDocuments()],
      });
      try {
        const module = (await server.ssrLoadModule('/src/prerender/renderLoginPage.tsx')) as { renderLoginPage: () => Promise<RenderedPage> };
        const page = await module.renderLoginPage();
        const file = join(config.root, config.build.outDir, 'index.html');
        writeFileSync(file, inject(readFileSync(file, 'utf8'), page));
      } finally {
        await server.close();
      }
    },
  };
}

function inject(template: string, page: RenderedPage): string {
  if (!template.includes(ROOT_ELEMENT)) throw new Error(`index.html has no ${ROOT_ELEMENT}`);
  return template
    .replace(/<html lang="[^"]*" dir="[^"]*"/, `<html lang="${page.lang}" dir="${page.dir}"`)
    .replace(/<title>[^<]*<\/title>/, `<title>${escapeHtml(page.title)}</title>`)
    .replace(ROOT_ELEMENT, `<div id="root" data-prerendered="${page.path}" data-lang="${page.lang}">${page.html}</div>`);
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
