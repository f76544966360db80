import 'reflect-metadata';
import { rm } from 'node:fs/promises';
import { cpus, totalmem } from 'node:os';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { startEmbeddedPostgres } from '../core/database/embedded.js';
import { type SeedSummary, seedNational } from '../modules/seed/seed-national.js';
import { parseArgs, parseCount, parseSeed, UsageError } from './args.js';
import { benchEvaluation, type EvaluationBench, evaluationLines, type EvaluationOptions } from './bench-evaluation.js';
import { type AnalyticsBench, analyticsLines, benchAnalytics } from './bench-analytics.js';
import { benchMobility, type MobilityBench, mobilityLines } from './bench-mobility.js';
import { benchNested, type NestedBench, nestedLines, type NestedOptions } from './bench-nested.js';
import { benchSchoolTime, schoolTimeLines } from './bench-school-time.js';
import { benchSql, type QueryBench, stats } from './bench-query.js';
import { ensureDatabase, migrate } from './database.js';
import { count, progressPrinter, seconds, summaryLines } from './report.js';

const USAGE = `usage: npm run bench [-- --students 100000] [--schools 200] [--seed 1]
                 [--nested-schools 60] [--nested-min-pupils 300] [--nested-max-pupils 600]
                 [--nested-connections 32] [--nested-rounds 4] [--nested-seconds 10]
                 [--evaluation-classes 300] [--evaluation-parents 10000]
                 [--load-clients 64] [--load-seconds 10] [--overload-connections 0]
                 [--only mobility|schooltime|analytics]

Seeds a throwaway embedded PostgreSQL (in .tmp/, deleted afterwards) with N pupils, then:

Nested query (issue 9, target 1): school → classes(year) → students(first: 100) → guardians,
our server (in-process, NODE_ENV=production, each request as that school's director with a real
session) side by side with PostGraphile 5 (amber preset, no configuration, no authorization; a
child process run with bench/polyfill.cjs preloaded) on the same database. Both must return the
same pupils and guardians for each of --nested-schools schools of --nested-min-pupils to
--nested-max-pupils pupils, or the bench fails. autocannon (in a worker thread) then loads each
side at --nested-connections connections for --nested-rounds interleaved rounds of
--nested-seconds seconds, each request the next school; then one client alone, and the SQL
statements of one request for the smallest and the largest school. Also the loaders' statements
by SQL alone on --schools random schools.

Evaluation: generates S1 grades (4 marks per subject) for a 45-pupil class, every class of the
school closest to 1,500 pupils and --evaluation-classes random classes, publishes S1, then times
recordGrades (as the teacher), that class's and that school's term results (as the director),
and the portal's "my child's results" one parent after another. Results evening (target 2):
--evaluation-parents parents' sessions cycling, autocannon closed-loop at --load-clients
connections for --load-seconds (at most 120), then twice the measured capacity offered
(overallRate) for as long, at --overload-connections connections (0: enough for the rate).

Mobility (issue 10, last: it writes next year): the year rollover of the middle school closest to
1,500 pupils and a collective move of ~10,000 pupils PROMOTED from 6AP in the primary schools of
one province into one middle school's 1AC classes, year-end decisions given by SQL; each a dry
run, the real run and a second run (which must change nothing), target < 10 s.
--only mobility runs the seed and this part alone.

School time and support (issue 11; --only schooltime runs the seed and this part alone): the
roll call of a 45-pupil class (recordRollCall), a school's week (School.timetable) and a month's
Tayssir entitlements for the middle school closest to 1,500 pupils (made rural, its pupils
beneficiaries), as the school's director, target < 1 s.

Analytics (issue 12; --only analytics runs the seed, with its previous school year, and this part
alone): the full rebuild of the roll-ups (rebuildAnalytics, per table); every indicator query of
the dashboard (indicators of the nation, a region, a province, a school, girls, a level;
indicatorBreakdown by REGION, PROVINCE, SCHOOL of a province, LEVEL, GENDER; indicatorTrend;
integrityWatch) 50 times in-process as the ministry and as a region, target p95 <= 20 ms; with the
refresher at its default period, a pupil leaving a school then back, timed until the school's,
province's and nation's enrolled count show it (polled every 250 ms), target <= 60 s; one school's
refresh.`;

async function main(argv: string[]): Promise<void> {
  const args = parseArgs(argv, [
    'students', 'schools', 'seed', 'nested-schools', 'nested-min-pupils', 'nested-max-pupils', 'nested-connections', 'nested-rounds', 'nested-seconds',
    'evaluation-classes', 'evaluation-parents', 'load-clients', 'load-seconds', 'overload-connections', 'only', 'help',
  ]);
  const only = args.get('only');
  if (only !== undefined && only !== 'mobility' && only !== 'schooltime' && only !== 'analytics') {
    throw new UsageError(`--only takes mobility, schooltime or analytics, got "${only}"`);
  }
  if (args.has('help')) return console.log(USAGE);
  const option = (name: string, fallback: string) => parseCount(args.get(name) ?? fallback, name);
  const students = option('students', '100000');
  const schools = option('schools', '200');
  const seed = parseSeed(args.get('seed'));
  const nested: NestedOptions = {
    schools: option('nested-schools', '60'),
    minPupils: option('nested-min-pupils', '300'),
    maxPupils: option('nested-max-pupils', '600'),
    connections: option('nested-connections', '32'),
    rounds: option('nested-rounds', '4'),
    roundSeconds: option('nested-seconds', '10'),
  };
  const evaluation: EvaluationOptions = {
    sample: option('evaluation-classes', '300'),
    parents: option('evaluation-parents', '10000'),
    clients: option('load-clients', '64'),
    seconds: option('load-seconds', '10'),
    overloadConnections: args.has('overload-connections') && args.get('overload-connections') !== '0' ? option('overload-connections', '0') : 0,
  };
  if (evaluation.seconds > 120 || nested.roundSeconds > 120) throw new UsageError('--load-seconds and --nested-seconds must be at most 120');
  if (evaluation.clients > 1000 || nested.connections > 1000) throw new UsageError('--load-clients and --nested-connections must be at most 1000');
  if (nested.minPupils > nested.maxPupils) throw new UsageError('--nested-min-pupils must not exceed --nested-max-pupils');
  const started = performance.now();
  // src/cli and dist/cli sit at the same depth below the repository root.
  const dir = fileURLToPath(new URL(`../../../../.tmp/bench-${process.pid}`, import.meta.url));
  const embedded = await startEmbeddedPostgres(dir);
  const url = embedded.url('massar');
  const client = new pg.Client({ connectionString: url, application_name: 'massar-bench' });
  try {
    await ensureDatabase(embedded.url(), 'massar');
    await migrate(url);
    await client.connect();
    console.log(`Benchmark: ${count(students)} pupils into a throwaway embedded PostgreSQL in ${relative(process.cwd(), dir)}`);
    // Analytics alone seeds last year too (its flows, repeaters and trends need it).
    const summary = await seedNational(client, { students, seed, onProgress: progressPrinter(), history: only === 'analytics' });
    summaryLines(summary).forEach((line) => console.log(line));
    const version = (await client.query('SHOW server_version')).rows[0].server_version;
    if (only === 'schooltime') {
      const time = await benchSchoolTime(url, client, summary.year);
      [...headLines(summary, version), ...schoolTimeLines(time), `total         ${seconds(performance.now() - started)}`].forEach((line) => console.log(line));
      if (typeof time === 'string') process.exitCode = 1;
      return;
    }
    if (only === 'analytics') {
      const analytics = await benchAnalytics(url, client, summary.year);
      [...headLines(summary, version), ...analyticsLines(analytics), `total         ${seconds(performance.now() - started)}`].forEach((line) => console.log(line));
      if (typeof analytics === 'string') process.exitCode = 1;
      return;
    }
    if (only === 'mobility') {
      const mobility = await benchMobility(url, client, summary.year);
      [...headLines(summary, version), ...mobilityLines(mobility), `total         ${seconds(performance.now() - started)}`].forEach((line) => console.log(line));
      if (typeof mobility === 'string') process.exitCode = 1;
      return;
    }
    const codes = (await client.query('SELECT code FROM school ORDER BY md5(code || $1) LIMIT $2', [seed, schools])).rows.map((r) => r.code);
    console.log(`Timing the loaders' statements on ${codes.length} schools…`);
    const sql = await benchSql(client, codes, summary.year);
    const side = await benchNested(url, client, summary.year, seed, nested).catch((error: Error) => `FAILED: ${error.message}`);
    const grades = await benchEvaluation(url, client, summary.year, seed, evaluation);
    // Before mobility, which writes next year's enrolments.
    const analytics = await benchAnalytics(url, client, summary.year);
    const mobility = await benchMobility(url, client, summary.year);
    finalBlock(summary, sql, side, version, grades, analytics, mobility, performance.now() - started).forEach((line) => console.log(line));
    // The side-by-side check failing (different pupils or guardians, a side down) fails the run.
    if (typeof side === 'string') process.exitCode = 1;
  } finally {
    await client.end().catch(() => {});
    await embedded.stop();
    await rm(dir, { recursive: true, force: true });
  }
}

/** The block's first lines: the machine and the seed. */
function headLines(s: SeedSummary, version: string): string[] {
  const t = (name: string) => count(s.tables[name]?.rows ?? 0);
  return [
    '',
    '== Massar benchmark ==',
    `machine       ${cpus().length} CPU (${cpus()[0]?.model.trim()}), ${Math.round(totalmem() / 2 ** 30)} GB, Node ${process.version}, PostgreSQL ${version} (embedded)`,
    `seed          ${count(s.students)} pupils in ${seconds(s.ms.total)}: ${count((s.students * 1000) / s.ms.total)} pupils/s (COPY, indexes, keys and ANALYZE included)`,
    `              ${t('guardian')} guardians, ${t('student_guardian')} links, ${t('enrolment')} enrolments, ${t('school')} schools, ${t('school_class')} classes, ${t('staff_member')} staff, ${t('teaching_assignment')} assignments`,
  ];
}

function finalBlock(
  s: SeedSummary, sql: QueryBench, nested: NestedBench | string, version: string, evaluation: EvaluationBench | string,
  analytics: AnalyticsBench | string, mobility: MobilityBench | string, ms: number,
): string[] {
  const { median, p95 } = stats(sql.ms);
  return [
    ...headLines(s, version),
    ...nestedLines(nested),
    `  ${sql.label} on ${sql.ms.length} random schools (${count(sql.pupils / sql.ms.length)} pupils each on average): median ${median.toFixed(1)} ms   p95 ${p95.toFixed(1)} ms`,
    ...evaluationLines(evaluation),
    ...analyticsLines(analytics),
    ...mobilityLines(mobility),
    `total         ${seconds(ms)}`,
  ];
}

main(process.argv.slice(2)).then(
  () => process.exit(0),
  (error: unknown) => {
    if (error instanceof UsageError) console.error(`bench: ${error.message}\n\n${USAGE}`);
    else console.error('bench failed:', error);
    process.exit(error instanceof UsageError ? 2 : 1);
  },
);
