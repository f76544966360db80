import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { graphqlDocuments } from './vite-plugins/graphql-documents.plugin';
import { prerenderLoginPage } from './vite-plugins/prerender-login.plugin';

// The parent & pupil portal, served at the site root. Its first view (the login page) is rendered
// into index.html at build time and needs no Apollo client: see issue 9 and e2e/lighthouse.
export default defineConfig({
  base: '/',
  plugins: [graphqlDocuments(), react(), prerenderLoginPage()],
  server: { port: 5173, proxy: { '/graphql': 'http://localhost:4000' } },
  preview: { port: 4173, proxy: { '/graphql': 'http://localhost:4000' } },
  build: { outDir: 'dist', target: 'es2022' },
});
