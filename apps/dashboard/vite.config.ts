import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The ministry dashboard, served at /ministry/.
export default defineConfig({
  base: '/ministry/',
  plugins: [react()],
  server: { port: 5175, proxy: { '/graphql': 'http://localhost:4000' } },
  preview: { port: 4175, proxy: { '/graphql': 'http://localhost:4000' } },
  build: { outDir: 'dist', target: 'es2022' },
});
