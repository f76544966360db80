import pg from 'pg';
import { ConfigError, loadConfig } from '../core/config.js';
import { schoolYearDates } from '../modules/schooling/school-calendar.js';
import { DEFAULT_YEAR, refuseUnlessEmpty, SeedRefusedError, seedNational } from '../modules/seed/seed-national.js';
import { parseArgs, parseCount, parseSeed, UsageError } from './args.js';
import { migrate, openDatabase } from './database.js';
import { count, progressPrinter, summaryLines } from './report.js';

const USAGE = `usage: npm run seed -- --students N [--year ${DEFAULT_YEAR}] [--seed 1]

Fills an empty database (DATABASE_URL, or the embedded PostgreSQL in MASSAR_DATA_DIR, default
.data/) with N pupils spread over Morocco's regions like its population, their schools,
classes, teachers, families and enrolments. The same --seed gives the same data.`;

class Interrupted extends Error {}

async function main(argv: string[]): Promise<number> {
  const args = parseArgs(argv, ['students', 'year', 'seed', 'help']);
  if (args.has('help')) {
    console.log(USAGE);
    return 0;
  }
  if (!args.has('students')) throw new UsageError('--students is required');
  const students = parseCount(args.get('students')!, 'students');
  const year = args.get('year') ?? DEFAULT_YEAR;
  try {
    schoolYearDates(year);
  } catch (error) {
    throw new UsageError(`--year: ${(error as Error).message}`);
  }
  const seed = parseSeed(args.get('seed'));

  const db = await openDatabase(loadConfig());
  const client = new pg.Client({ connectionString: db.url, application_name: 'massar-seed' });
  // Ctrl-C: closing the connection rolls the seed back; the server is then stopped cleanly.
  let interrupted = false;
  const interrupt = () => {
    interrupted = true;
    void client.end();
  };
  process.once('SIGINT', interrupt);
  try {
    await migrate(db.url);
    await client.connect();
    await refuseUnlessEmpty(client);
    console.log(`Seeding ${count(students)} pupils for ${year} (seed ${seed}) into ${db.where}`);
    const summary = await seedNational(client, { students, year, seed, onProgress: progressPrinter() });
    for (const line of summaryLines(summary)) console.log(line);
    return 0;
  } catch (error) {
    if (interrupted) throw new Interrupted('interrupted; the transaction was rolled back, nothing was written');
    throw error;
  } finally {
    process.off('SIGINT', interrupt);
    await client.end().catch(() => {});
    await db.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof UsageError) console.error(`seed: ${error.message}\n\n${USAGE}`);
    else if (error instanceof SeedRefusedError || error instanceof ConfigError || error instanceof Interrupted) console.error(`seed: ${error.message}`);
    else console.error('seed failed:', error);
    process.exit(error instanceof UsageError ? 2 : 1);
  },
);
