import 'reflect-metadata';
import pg from 'pg';
import { pino } from 'pino';
import { type DataSource } from 'typeorm';
import { createSession } from '../core/auth/session.service.js';
import { loadConfig } from '../core/config.js';
import { type LoadRequest, type LoadResult, runLoad } from './bench-load.js';
import { startPostGraphile } from './bench-postgraphile.js';
import { NESTED_QUERY, percentileOf } from './bench-query.js';
import { count } from './report.js';

/** Target 1 of issue 9: our nested query side by side with PostGraphile's, same schools, same data. */
export interface NestedOptions {
  /** Schools the load rotates over, of min–max pupils this year. */
  schools: number;
  minPupils: number;
  maxPupils: number;
  connections: number;
  rounds: number;
  roundSeconds: number;
}

interface School {
  code: string;
  pupils: number;
}

interface Side {
  label: string;
  /** Every round of the side, in order. */
  rounds: LoadResult[];
}

export interface NestedBench {
  options: NestedOptions;
  schools: School[];
  /** Pupils and guardians both sides returned, over the rotation (equal, or the bench failed). */
  returned: { pupils: number; guardians: number };
  ours: Side;
  theirs: Side;
  single: { ours: LoadResult; theirs: LoadResult; requests: number };
  /** SQL statements of one HTTP request (ours: session lookup included), smallest and largest school. */
  statements: { school: School; oursCold: number; ours: number | null; theirs: number }[];
}

/** PostGraphile's field names (amber preset, default inflection), as its introspection of our tables names them. */
export const POSTGRAPHILE_QUERY = `query Bench($code: String!, $yearId: Int!) {
  schoolByCode(code: $code) {
    code nameFr
    schoolClassesBySchoolId(condition: { schoolYearId: $yearId }, orderBy: [LEVEL_ID_ASC, NAME_ASC]) {
      nodes {
        name
        enrolmentsByClassId(first: 100, condition: { schoolYearId: $yearId, status: "ACTIVE" }) {
          nodes {
            studentByStudentId {
              codeMassar firstName lastName firstNameAr lastNameAr
              studentGuardiansByStudentId { nodes { relationship guardianByGuardianId { firstName lastName phone } } }
            }
          }
        }
      }
    }
  }
}`;

const silent = pino({ level: 'silent' });

// Every statement a pg client of this process sends (our in-process server's pool included):
// counted around one HTTP request at a time, when nothing else queries.
let statementsSent = 0;
const query = pg.Client.prototype.query;
pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
  statementsSent++;
  return (query as (...a: unknown[]) => unknown).apply(this, args);
} as typeof query;

export async function benchNested(url: string, client: pg.ClientBase, year: string, seed: number, options: NestedOptions, log: (line: string) => void = console.log): Promise<NestedBench> {
  const [{ id: yearId }] = (await client.query('SELECT id FROM school_year WHERE name = $1', [year])).rows;
  const sizes = `SELECT s.code, count(*)::int AS pupils FROM enrolment e JOIN school s ON s.id = e.school_id
                 WHERE e.school_year_id = $1 AND e.status = 'ACTIVE' GROUP BY s.code`;
  const schools: School[] = (
    await client.query(`SELECT * FROM (${sizes}) z WHERE pupils BETWEEN $2 AND $3 ORDER BY md5(code || $4::text) LIMIT $5`, [
      yearId, options.minPupils, options.maxPupils, seed, options.schools,
    ])
  ).rows;
  if (!schools.length) throw new Error(`no school of ${options.minPupils}–${options.maxPupils} pupils in ${year}`);
  const [smallest] = (await client.query(`${sizes} ORDER BY count(*), s.code LIMIT 1`, [yearId])).rows as School[];
  const [largest] = (await client.query(`${sizes} ORDER BY count(*) DESC, s.code LIMIT 1`, [yearId])).rows as School[];
  const stops: (() => Promise<unknown>)[] = [];
  try {
    const { startServer } = await import('../app/server.js');
    const server = await startServer({ ...loadConfig(), databaseUrl: url, demo: false, port: 0, logLevel: 'silent' }, silent);
    stops.push(() => server.stop());
    const postgraphile = await startPostGraphile(url);
    stops.push(() => postgraphile.stop());
    const oursUrl = `${server.url.replace('//localhost:', '//127.0.0.1:')}/graphql`;
    const tokens = await directorTokens(server.db, [...new Set([...schools, smallest, largest].map((s) => s.code))]);
    const oursBody = (code: string) => JSON.stringify({ query: NESTED_QUERY, variables: { code, year } });
    const theirsBody = (code: string) => JSON.stringify({ query: POSTGRAPHILE_QUERY, variables: { code, yearId } });
    const oursRequests: LoadRequest[] = schools.map((s) => ({ body: oursBody(s.code), token: tokens.get(s.code) }));
    const theirsRequests: LoadRequest[] = schools.map((s) => ({ body: theirsBody(s.code) }));

    log(`Nested query: ${schools.length} schools of ${options.minPupils}–${options.maxPupils} pupils; checking both sides return the same pupils and guardians…`);
    const returned = { pupils: 0, guardians: 0 };
    const mismatches: string[] = [];
    for (const school of schools) {
      const ours = countOurs(await post(oursUrl, oursBody(school.code), tokens.get(school.code)), school.code);
      const theirs = countTheirs(await post(postgraphile.url, theirsBody(school.code)), school.code);
      if (ours.pupils !== theirs.pupils || ours.guardians !== theirs.guardians) {
        mismatches.push(`${school.code}: ours ${ours.pupils} pupils ${ours.guardians} guardians, PostGraphile ${theirs.pupils} pupils ${theirs.guardians} guardians`);
      }
      returned.pupils += ours.pupils;
      returned.guardians += ours.guardians;
    }
    if (mismatches.length) throw new Error(`the two sides differ on ${mismatches.length} schools: ${mismatches.slice(0, 5).join('; ')}`);
    log(`  same on both sides: ${count(returned.pupils)} pupils, ${count(returned.guardians)} guardians over the ${schools.length} schools`);

    // Statements of one request: the first of a fresh session (cold caches), then the next one.
    const statements: NestedBench['statements'] = [];
    for (const school of [smallest, largest]) {
      const cold = statementsSent;
      await post(oursUrl, oursBody(school.code), tokens.get(school.code));
      const oursCold = statementsSent - cold;
      const before = statementsSent;
      countOurs(await post(oursUrl, oursBody(school.code), tokens.get(school.code)), school.code);
      const ours = statementsSent - before;
      await post(postgraphile.url, theirsBody(school.code));
      const theirsBefore = await postgraphile.statements();
      countTheirs(await post(postgraphile.url, theirsBody(school.code)), school.code);
      statements.push({ school, oursCold, ours: ours || null, theirs: (await postgraphile.statements()) - theirsBefore });
    }

    const load = (requests: LoadRequest[], target: string, seconds: number) => runLoad({ url: target, requests, connections: options.connections, seconds });
    log(`  warming up both sides (${options.connections} connections, 3 s each)…`);
    await load(oursRequests, oursUrl, 3);
    await load(theirsRequests, postgraphile.url, 3);
    const ours: Side = { label: 'ours (as each school\'s director)', rounds: [] };
    const theirs: Side = { label: 'PostGraphile 5 (amber, no auth)', rounds: [] };
    for (let round = 1; round <= options.rounds; round++) {
      log(`  round ${round}/${options.rounds}: ours then PostGraphile, ${options.roundSeconds} s each at ${options.connections} connections…`);
      ours.rounds.push(await load(oursRequests, oursUrl, options.roundSeconds));
      theirs.rounds.push(await load(theirsRequests, postgraphile.url, options.roundSeconds));
    }

    // One client, one request after another: each school three times, after a pass not counted.
    const requests = schools.length * 3;
    const single = async (list: LoadRequest[], target: string) => {
      await runLoad({ url: target, requests: list, connections: 1, amount: list.length });
      return runLoad({ url: target, requests: list, connections: 1, amount: requests });
    };
    log(`  one client, ${requests} requests each side…`);
    return { options, schools, returned, ours, theirs, single: { ours: await single(oursRequests, oursUrl), theirs: await single(theirsRequests, postgraphile.url), requests }, statements };
  } finally {
    for (const stop of stops.reverse()) await stop().catch(() => {});
  }
}

// Throwaway accounts with no usable password ('!' is no argon2 hash): sessions are opened
// directly, so no known password ever exists, even in a database deleted minutes later.
export async function directorTokens(db: DataSource, codes: string[]): Promise<Map<string, string>> {
  const tokens = new Map<string, string>();
  for (const code of codes) {
    const [account] = await db.query(
      `INSERT INTO account (email, password_hash, role, display_name, school_id)
       SELECT $1, '!', 'DIRECTOR', 'Benchmark', id FROM school WHERE code = $2
       ON CONFLICT (email) DO UPDATE SET display_name = EXCLUDED.display_name RETURNING id`,
      [`bench.${code.toLowerCase()}@bench.invalid`, code],
    );
    tokens.set(code, (await createSession(db, account.id, 1)).token);
  }
  return tokens;
}

interface Gql {
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

async function post(target: string, body: string, token?: string): Promise<Gql> {
  const response = await fetch(target, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body,
  });
  return (await response.json()) as Gql;
}

function checked(result: Gql, side: string, code: string): Record<string, unknown> {
  if (result.errors?.length || !result.data) {
    throw new Error(`${side} failed for ${code}: ${result.errors?.map((e) => `${e.extensions?.code ?? ''} ${e.message}`.trim()).join('; ') ?? 'no data'}`);
  }
  return result.data;
}

type OursData = { school: { classes: { students: { edges: { node: { guardians: unknown[] } }[] } }[] } | null };
type TheirsData = {
  schoolByCode: { schoolClassesBySchoolId: { nodes: { enrolmentsByClassId: { nodes: { studentByStudentId: { studentGuardiansByStudentId: { nodes: unknown[] } } }[] } }[] } } | null;
};

function countOurs(result: Gql, code: string): { pupils: number; guardians: number } {
  const school = (checked(result, 'our server', code) as OursData).school;
  if (!school) throw new Error(`our server found no school ${code}`);
  const pupils = school.classes.flatMap((c) => c.students.edges.map((e) => e.node));
  return { pupils: pupils.length, guardians: pupils.reduce((n, p) => n + p.guardians.length, 0) };
}

function countTheirs(result: Gql, code: string): { pupils: number; guardians: number } {
  const school = (checked(result, 'PostGraphile', code) as TheirsData).schoolByCode;
  if (!school) throw new Error(`PostGraphile found no school ${code}`);
  const pupils = school.schoolClassesBySchoolId.nodes.flatMap((c) => c.enrolmentsByClassId.nodes.map((e) => e.studentByStudentId));
  return { pupils: pupils.length, guardians: pupils.reduce((n, p) => n + p.studentGuardiansByStudentId.nodes.length, 0) };
}

/** Requests answered, their rate and latencies, and every failure, over a side's rounds. */
function sideTotals(rounds: LoadResult[]) {
  const ms = rounds.flatMap((r) => r.ms);
  const elapsed = rounds.reduce((n, r) => n + r.elapsedMs, 0);
  const failures = rounds.reduce((n, r) => n + failuresOf(r), 0);
  return { rate: (ms.length * 1000) / elapsed, ms, failures, firstError: rounds.find((r) => r.firstError)?.firstError ?? null };
}

export function failuresOf(r: LoadResult): number {
  return r.errors + r.graphqlErrors + r.shed.count + Object.values(r.otherStatus).reduce((n, v) => n + v, 0);
}

const fixed = (n: number) => (Number.isFinite(n) ? n.toFixed(1) : '–');
const verdict = (met: boolean) => (met ? 'MET' : 'NOT MET');

/** The "nested query" part of the final block, with target 1's verdicts. */
export function nestedLines(n: NestedBench | string): string[] {
  if (typeof n === 'string') return [`nested query  ${n}`];
  const { options: o } = n;
  const ours = sideTotals(n.ours.rounds);
  const theirs = sideTotals(n.theirs.rounds);
  const ratio = ours.rate / theirs.rate;
  const pupils = n.schools.map((s) => s.pupils);
  const lines = [
    `nested query  school → classes(year) → students(first: 100) → guardians, rotating over ${n.schools.length} schools of ` +
      `${Math.min(...pupils)}–${Math.max(...pupils)} pupils (${count(n.returned.pupils / n.schools.length)} pupils, ` +
      `${count(n.returned.guardians / n.schools.length)} guardians per school on average, the same on both sides)`,
    `  ${o.connections} connections, ${o.rounds} rounds of ${o.roundSeconds} s per side, interleaved (ours, PostGraphile, …), autocannon in a worker thread`,
  ];
  for (const [side, t] of [[n.ours, ours], [n.theirs, theirs]] as const) {
    const rates = side.rounds.map((r) => ((r.ms.length * 1000) / r.elapsedMs).toFixed(1)).join(' / ');
    lines.push(
      `  ${side.label.padEnd(36)} ${t.rate.toFixed(1).padStart(7)} req/s (rounds ${rates})   p50 ${fixed(percentileOf(t.ms, 0.5)).padStart(7)} ms` +
        `   p99 ${fixed(percentileOf(t.ms, 0.99)).padStart(7)} ms   ${t.failures} errors/non-2xx${t.firstError ? ` (first: ${t.firstError.slice(0, 160)})` : ''}`,
    );
  }
  const single = (r: LoadResult) => `p50 ${fixed(percentileOf(r.ms, 0.5))} ms, p95 ${fixed(percentileOf(r.ms, 0.95))} ms (${r.ms.length} answered, ${failuresOf(r)} failed)`;
  const p95 = percentileOf(n.single.ours.ms, 0.95);
  const statements = n.statements.map(
    (s) => `${s.school.code} (${count(s.school.pupils)} pupils): ours ${s.ours ?? 'not counted'} (first request of the session ${s.oursCold}), PostGraphile ${s.theirs}`,
  );
  const most = Math.max(...n.statements.map((s) => s.ours ?? Infinity));
  lines.push(
    `  ratio ours / PostGraphile: ${ratio.toFixed(2)}×`,
    `  one client, ${n.single.requests} requests: ours ${single(n.single.ours)}; PostGraphile ${single(n.single.theirs)}`,
    `  SQL statements per HTTP request (ours with the session lookup), smallest and largest school: ${statements.join('; ')}`,
    `  target 1: ratio ≥ 1.0 at ${o.connections} clients: ${verdict(ratio >= 1 && ours.failures === 0)} (${ratio.toFixed(2)}×, ${ours.failures} errors)` +
      ` · single-client p95 ≤ 50 ms: ${verdict(p95 <= 50)} (${fixed(p95)} ms)` +
      ` · ≤ 4 statements whatever the size: ${verdict(most <= 4)} (${Number.isFinite(most) ? most : 'not counted'})`,
  );
  return lines;
}
