import 'reflect-metadata';
import { rm } from 'node:fs/promises';
import { cpus, totalmem } from 'node:os';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { pino } from 'pino';
import { type DataSource } from 'typeorm';
import { loadConfig } from '../core/config.js';
import { createSession } from '../core/auth/session.service.js';
import { startEmbeddedPostgres } from '../core/database/embedded.js';
import { type SeedSummary, seedNational } from '../modules/seed/seed-national.js';
import { parseArgs, parseCount, parseSeed, UsageError } from './args.js';
import { benchEvaluation, type EvaluationBench, evaluationLines, type EvaluationOptions } from './bench-evaluation.js';
import { benchHttp, benchSql, type QueryBench, stats } from './bench-query.js';
import { ensureDatabase, migrate } from './database.js';
import { count, progressPrinter, seconds, summaryLines } from './report.js';

const USAGE = `usage: npm run bench [-- --students 100000] [--schools 200] [--seed 1]
                 [--evaluation-classes 300] [--evaluation-parents 1000] [--load-clients 50] [--load-seconds 15]

Seeds a throwaway embedded PostgreSQL (in .tmp/, deleted afterwards) with N pupils, then times
the nested query school → classes → pupils → guardians on random schools: through HTTP against
the real server, and as the 4 SQL statements the API's loaders issue.

Evaluation: generates S1 grades (4 marks per subject) for a 45-pupil class, every class of the
school closest to 1,500 pupils and --evaluation-classes random classes, then times recordGrades
for the 45-pupil class (as its teacher), that class's and that school's term results (as the
director), and the portal's "my child's results" for --evaluation-parents parents, one after
another and with --load-clients concurrent clients for --load-seconds (at most 120).`;

async function main(argv: string[]): Promise<void> {
  const args = parseArgs(argv, ['students', 'schools', 'seed', 'evaluation-classes', 'evaluation-parents', 'load-clients', 'load-seconds', 'help']);
  if (args.has('help')) return console.log(USAGE);
  const students = parseCount(args.get('students') ?? '100000', 'students');
  const schools = parseCount(args.get('schools') ?? '200', 'schools');
  const seed = parseSeed(args.get('seed'));
  const evaluation: EvaluationOptions = {
    sample: parseCount(args.get('evaluation-classes') ?? '300', 'evaluation-classes'),
    parents: parseCount(args.get('evaluation-parents') ?? '1000', 'evaluation-parents'),
    clients: parseCount(args.get('load-clients') ?? '50', 'load-clients'),
    seconds: parseCount(args.get('load-seconds') ?? '15', 'load-seconds'),
  };
  if (evaluation.seconds > 120) throw new UsageError(`--load-seconds must be at most 120, got ${evaluation.seconds}`);
  if (evaluation.clients > 500) throw new UsageError(`--load-clients must be at most 500, got ${evaluation.clients}`);
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
    const summary = await seedNational(client, { students, seed, onProgress: progressPrinter() });
    summaryLines(summary).forEach((line) => console.log(line));
    const codes = (await client.query('SELECT code FROM school ORDER BY md5(code || $1) LIMIT $2', [seed, schools])).rows.map((r) => r.code);
    console.log(`Timing the nested query on ${codes.length} schools…`);
    const sql = await benchSql(client, codes, summary.year);
    const http = await benchThroughServer(url, codes, summary.year);
    const grades = await benchEvaluation(url, client, summary.year, seed, evaluation);
    const version = (await client.query('SHOW server_version')).rows[0].server_version;
    finalBlock(summary, [http, sql], version, grades).forEach((line) => console.log(line));
  } finally {
    await client.end().catch(() => {});
    await embedded.stop();
    await rm(dir, { recursive: true, force: true });
  }
}

/** The real server on the seeded database, each school queried by its own director. */
async function benchThroughServer(url: string, codes: string[], year: string): Promise<QueryBench | string> {
  let server: { url: string; db: DataSource; stop: () => Promise<void> } | undefined;
  try {
    const { startServer } = await import('../app/server.js');
    server = await startServer({ ...loadConfig(), databaseUrl: url, demo: false, port: 0, logLevel: 'silent' }, pino({ level: 'silent' }));
    return await benchHttp(server.url, codes, await directorTokens(server.db, codes), year);
  } catch (error) {
    return `not measured (${(error as Error).message})`;
  } finally {
    await server?.stop();
  }
}

// Throwaway accounts with no usable password ('!' is no argon2 hash): sessions are opened
// directly, so no known password ever exists, even in a database deleted minutes later.
async function directorTokens(db: DataSource, codes: string[]): Promise<Map<string, string>> {
  const tokens = new Map<string, string>();
  for (const code of codes) {
    const [account] = await db.query(
      `INSERT INTO account (email, password_hash, role, display_name, school_id)
       SELECT $1, '!', 'DIRECTOR', 'Benchmark', id FROM school WHERE code = $2 RETURNING id`,
      [`bench.${code.toLowerCase()}@bench.invalid`, code],
    );
    tokens.set(code, (await createSession(db, account.id, 1)).token);
  }
  return tokens;
}

function finalBlock(s: SeedSummary, runs: (QueryBench | string)[], version: string, evaluation: EvaluationBench | string): string[] {
  const t = (name: string) => count(s.tables[name]?.rows ?? 0);
  const measured = runs.filter((r): r is QueryBench => typeof r !== 'string');
  const first = measured[0];
  const lines = [
    '',
    '== Massar benchmark ==',
    `machine       ${cpus().length} CPU (${cpus()[0]?.model.trim()}), ${Math.round(totalmem() / 2 ** 30)} GB, Node ${process.version}, PostgreSQL ${version} (embedded)`,
    `seed          ${count(s.students)} pupils in ${seconds(s.ms.total)}: ${count((s.students * 1000) / s.ms.total)} pupils/s (COPY, indexes, keys and ANALYZE included)`,
    `              ${t('guardian')} guardians, ${t('student_guardian')} links, ${t('enrolment')} enrolments, ${t('school')} schools, ${t('school_class')} classes, ${t('staff_member')} staff, ${t('teaching_assignment')} assignments`,
    `nested query  school → classes → pupils → guardians, ${first?.ms.length ?? 0} random schools` +
      (first ? ` (${count(first.pupils / first.ms.length)} pupils, ${count(first.guardians / first.ms.length)} guardians per school on average)` : ''),
  ];
  for (const run of runs) {
    if (typeof run === 'string') lines.push(`  HTTP GraphQL, real server: ${run}`);
    else {
      const { median, p95 } = stats(run.ms);
      lines.push(`  ${run.label.padEnd(34)} median ${median.toFixed(1).padStart(6)} ms   p95 ${p95.toFixed(1).padStart(6)} ms`);
    }
  }
  return [...lines, ...evaluationLines(evaluation)];
}

main(process.argv.slice(2)).then(
  () => process.exit(0),
  (error: unknown) => {
    if (error instanceof UsageError) console.error(`bench: ${error.message}\n\n${USAGE}`);
    else console.error('bench failed:', error);
    process.exit(error instanceof UsageError ? 2 : 1);
  },
);
