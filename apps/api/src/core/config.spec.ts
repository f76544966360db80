import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

describe('loadConfig', () => {
  it('has defaults that start a demo on port 4000 with an embedded database', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ port: 4000, databaseUrl: undefined, demo: true });
    expect(config.dataDir).toMatch(/\.data$/);
  });

  it('refuses a non-numeric PORT with one clear line', () => {
    expect(() => loadConfig({ PORT: 'abc' })).toThrow(new ConfigError('PORT must be a whole number between 0 and 65535, got "abc"'));
  });

  it('refuses a DATABASE_URL that is not a postgres URL', () => {
    expect(() => loadConfig({ DATABASE_URL: 'mysql://x@y/z' })).toThrow(/DATABASE_URL must start with postgres:\/\//);
    expect(() => loadConfig({ DATABASE_URL: 'not a url' })).toThrow(/DATABASE_URL is not a valid URL/);
  });

  it('turns demo mode off in production unless asked', () => {
    expect(loadConfig({ NODE_ENV: 'production' }).demo).toBe(false);
    expect(loadConfig({ NODE_ENV: 'production', MASSAR_DEMO: 'true' }).demo).toBe(true);
    expect(() => loadConfig({ MASSAR_DEMO: 'maybe' })).toThrow(/MASSAR_DEMO must be true or false/);
  });
});
