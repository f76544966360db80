import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The staff back-office, served at /staff/.
export default defineConfig({
  base: '/staff/',
  plugins: [react()],
  server: { port: 5174, proxy: { '/graphql': 'http://localhost:4000' } },
  preview: { port: 4174, proxy: { '/graphql': 'http://localhost:4000' } },
  build: { outDir: 'dist', target: 'es2022' },
});
