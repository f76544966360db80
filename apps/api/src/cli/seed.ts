import pg from 'pg';
import { ConfigError, loadConfig } from '../core/config.js';
import { createDataSource } from '../core/database/data-source.js';
import { rebuildAnalytics } from '../modules/analytics/rollup-rebuild.js';
import { schoolYearDates } from '../modules/schooling/school-calendar.js';
import { type HistorySummary } from '../modules/seed/history.js';
import { DEFAULT_YEAR, previousYear, refuseUnlessEmpty, SeedRefusedError, type SeedProgress, seedNational } from '../modules/seed/seed-national.js';
import { parseArgs, parseCount, parseSeed, UsageError } from './args.js';
import { migrate, openDatabase } from './database.js';
import { count, progressPrinter, seconds, summaryLines } from './report.js';

const USAGE = `usage: npm run seed -- --students N [--year ${DEFAULT_YEAR}] [--seed 1] [--history]

Fills an empty database (DATABASE_URL, or the embedded PostgreSQL in MASSAR_DATA_DIR, default
.data/) with N pupils spread over Morocco's regions like its population, their schools,
classes, teachers, families and enrolments. The same --seed gives the same data. With
--history, also the school year before: the same classes, last year's enrolments of this year's
pupils (promoted or repeating) and of those who left, published results with the certificates,
the class councils' decisions, and exam and continuous-assessment marks at the exam levels.
The analytics roll-ups are rebuilt at the end.`;

class Interrupted extends Error {}

async function main(argv: string[]): Promise<number> {
  // A flag without a value, which parseArgs does not know.
  const history = argv.includes('--history');
  const args = parseArgs(argv.filter((a) => a !== '--history'), ['students', 'year', 'seed', 'help']);
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
    const past = history ? ` and the year before (${previousYear(year)})` : '';
    console.log(`Seeding ${count(students)} pupils for ${year}${past} (seed ${seed}) into ${db.where}`);
    const summary = await seedNational(client, { students, year, seed, history, onProgress: withHistory(progressPrinter()) });
    for (const line of summaryLines(summary)) console.log(line);
    if (summary.history) console.log(historyLine(summary.history, summary.ms.history));
    await rebuildRollups(db.url);
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

/** The history phase's progress, at most once a second; the other phases as the printer shows them. */
function withHistory(print: (p: SeedProgress) => void): (p: SeedProgress) => void {
  let last = 0;
  return (p) => {
    if (p.phase !== 'history') return print(p);
    if (!p.history || p.elapsedMs - last < 1000) return;
    last = p.elapsedMs;
    const pct = Math.floor((100 * p.history.written) / Math.max(1, p.history.pupils));
    console.log(`${seconds(p.elapsedMs).padStart(8)}  history   last year's pupils ${count(p.history.written)} / ${count(p.history.pupils)} (${pct}%)`);
  };
}

function historyLine(h: HistorySummary, ms: number): string {
  return `  ${h.year}: ${count(h.pupils)} pupils (${count(h.promoted)} promoted, ${count(h.repeaters)} repeating, ${count(h.droppedOut)} dropped out, ` +
    `${count(h.graduated)} graduated), ${count(h.assessments)} exam-level assessments, ${count(h.grades)} grades, ` +
    `${h.inflatedSchools} schools with inflated continuous assessment; generated in ${seconds(ms)} (part of generate + COPY)`;
}

// The seed's COPY goes straight into partitions, which fires no trigger on the parents: the
// roll-ups are recomputed from the loaded rows.
async function rebuildRollups(url: string): Promise<void> {
  const ds = createDataSource({ url, entities: [], poolSize: 1 });
  await ds.initialize();
  try {
    const outcome = await rebuildAnalytics(ds);
    console.log(`Analytics roll-ups rebuilt in ${seconds(outcome.ms)} (${count(outcome.pairs)} school × year pairs)`);
  } finally {
    await ds.destroy();
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
