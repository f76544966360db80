import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The parent & pupil portal, served at the site root.
export default defineConfig({
  base: '/',
  plugins: [react()],
  server: { port: 5173, proxy: { '/graphql': 'http://localhost:4000' } },
  preview: { port: 4173, proxy: { '/graphql': 'http://localhost:4000' } },
  build: { outDir: 'dist', target: 'es2022' },
});
