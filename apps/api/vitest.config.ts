import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // One graphql module instance for type-graphql and Apollo ("another module or realm").
    alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }],
  },
  test: {
    include: ['src/**/*.spec.ts', 'src/**/*.int-spec.ts'],
    globalSetup: ['src/test/global-setup.ts'],
    setupFiles: ['reflect-metadata'],
    // A 2-core machine and one embedded PostgreSQL: files run one after another.
    pool: 'forks',
    maxWorkers: 1,
    fileParallelism: false,
    // One process for every file: the server's modules are imported once, not once per file
    // (about a minute of a CI run). No test mocks modules or changes the environment.
    isolate: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
