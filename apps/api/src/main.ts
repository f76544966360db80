import 'reflect-metadata';
import { ConfigError, loadConfig } from './core/config.js';
import { createLogger } from './core/logger.js';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, demoPupilCode } from './app/demo/demo-seed.js';
import { type RunningServer, startServer } from './app/server.js';

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
  let server: RunningServer | undefined;
  let stopping = false;
  // Every step of server.stop() is bounded, so this exits whatever state the database is in.
  const stop = async (code: number, signal?: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    if (signal) log.info({ signal }, 'stopping');
    // Not started yet: exiting asks the embedded PostgreSQL (if any) to shut down.
    if (server) await server.stop();
    process.exit(code);
  };
  const onSignal = (signal: NodeJS.Signals) => void stop(0, signal);
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  try {
    server = await startServer(config, log);
  } catch (error) {
    return fail(`Massar could not start: ${(error as Error).message}`);
  }
  // Without its database the server can only fail every request: say so and stop.
  void server.databaseLost.then((reason) => {
    if (stopping) return;
    process.stderr.write(`Massar is stopping: ${reason}; start it again (LOG_LEVEL=trace shows the database's own log)\n`);
    void stop(1);
  });
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
    for (const a of DEMO_ACCOUNTS) lines.push(`  ${a.role.padEnd(9)} ${a.email.padEnd(31)} ${a.who}`);
    if (pupilCode) lines.push(`  ${'PUPIL'.padEnd(9)} ${pupilCode.padEnd(31)} the parent's first child`);
  }
  lines.push('', 'Press Ctrl-C to stop.', '');
  process.stdout.write(lines.join('\n'));
}

function fail(message: string): void {
  // Exit with 1 once the line is written.
  process.stderr.write(`${message}\n`, () => process.exit(1));
}

await main();
