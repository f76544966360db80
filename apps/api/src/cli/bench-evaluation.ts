import 'reflect-metadata';
import { type ApolloServer } from '@apollo/server';
import type pg from 'pg';
import { pino } from 'pino';
import { type DataSource } from 'typeorm';
import { createSession, viewerForToken } from '../core/auth/session.service.js';
import { type Viewer } from '../core/auth/viewer.js';
import { loadConfig } from '../core/config.js';
import { type Context, loader } from '../core/context.js';
import { createDataSource } from '../core/database/data-source.js';
import { toGlobalId } from '../core/graphql/node.js';
import { type EvaluationData, prepareEvaluationData, storePublished } from './bench-evaluation-data.js';
import { type LoadRequest, type LoadResult, runLoad } from './bench-load.js';
import { failuresOf } from './bench-nested.js';
import { percentileOf, stats } from './bench-query.js';
import { count, seconds } from './report.js';

export interface EvaluationOptions {
  /** Random classes given S1 grades, published: the parents of the portal load are theirs. */
  sample: number;
  /** PARENT accounts (with a session each) the portal load cycles through. */
  parents: number;
  /** Results evening: closed-loop connections, and seconds of each of its two runs. */
  clients: number;
  seconds: number;
  /** Connections of the overload run (0: enough for the offered rate). */
  overloadConnections: number;
}

/** Latencies of one measurement, or absent when it was not taken. */
type Ms = number[];

/** `sql`: per service call, the time at least one of its statements was under way. */
interface Results {
  http: Ms;
  graphql: Ms;
  service: Ms;
  sql: Ms;
  /** Duration of each statement of the service calls, by its first words. */
  statements: Map<string, Ms>;
}

export interface EvaluationBench {
  data: EvaluationData;
  parents: { accounts: number; children: number; withResults: number };
  record: { http: Ms; pupils: number };
  classResults: Results;
  schoolResults: Results;
  portal: { http: Ms; load: LoadResult; overload: { rate: number; connections: number; result: LoadResult } };
  /** SQL statements of one request, in-process (HTTP adds the session lookup). */
  statements: { record: number; classResults: number; schoolResults: number; portal: number };
  options: EvaluationOptions;
}

const RECORD = `mutation BenchRecord($input: RecordGradesInput!) { recordGrades(input: $input) { value absence } }`;
const CLASS_RESULTS = `query BenchClassResults($id: ID!) {
  node(id: $id) { ... on SchoolClass { results(term: S1) { classAverage students { generalAverage rank subjects { subject { code } average } } } } }
}`;
const SCHOOL_RESULTS = `query BenchSchoolResults($code: String!, $year: String) {
  school(code: $code) { classes(year: $year) { results(term: S1) { classAverage students { generalAverage rank } } } }
}`;
export const PORTAL_RESULTS = `query BenchMyChildrenResults {
  me { children { codeMassar results(term: S1) { generalAverage rank classAverage subjects { subject { code } average } } } }
}`;

// Runs per measurement (the portal's: at most one per parent), after a few untimed ones that warm the caches and the connections.
const RUNS = { record: 100, classResults: 100, schoolResults: 20, portal: 200 };
const WARM_UP = 5;

const silent = pino({ level: 'silent' });

interface Gql<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

function dataOf<T>(result: Gql<T>, what: string): T {
  if (result.errors?.length || !result.data) {
    throw new Error(`${what} failed: ${result.errors?.map((e) => `${e.extensions?.code ?? ''} ${e.message}`.trim()).join('; ') ?? 'no data'}`);
  }
  return result.data;
}

async function timed(runs: number, once: (i: number, warmUp: boolean) => Promise<unknown>): Promise<Ms> {
  for (let i = 0; i < WARM_UP; i++) await once(i, true);
  const ms: Ms = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await once(i, false);
    ms.push(performance.now() - started);
  }
  return ms;
}

/**
 * The evaluation targets: recordGrades for a 45-pupil class, a class's and a school's term
 * results, and the portal's "my child's results" alone and under concurrent load. Grades are
 * generated in the seeded database first; the real server answers over HTTP on loopback to
 * clients in a worker thread (as a browser would, they do not share its event loop), and a
 * second, in-process Apollo server on a statement-counting DataSource separates the GraphQL and
 * HTTP overhead from the service's and counts SQL statements.
 */
export async function benchEvaluation(
  url: string, client: pg.ClientBase, year: string, seed: number, options: EvaluationOptions, log: (line: string) => void = console.log,
): Promise<EvaluationBench | string> {
  let data: EvaluationData;
  try {
    data = await prepareEvaluationData(client, year, seed, options.sample);
  } catch (error) {
    return `not measured (grades not generated: ${(error as Error).message})`;
  }
  log(`Evaluation: ${count(data.grades)} S1 grades for ${count(data.classes)} classes in ${seconds(data.ms)}; timing recordGrades and results…`);
  const stops: (() => Promise<unknown>)[] = [];
  try {
    // Imported here: a module broken by work in progress costs these figures, not the benchmark.
    const [{ startServer }, { ENTITIES }, { getSchema }, { createApolloServer }, service, { Term }, published] = await Promise.all([
      import('../app/server.js'), import('../app/entities.js'), import('../app/schema.js'), import('../core/http/graphql-server.js'),
      import('../modules/evaluation/results.service.js'), import('../modules/evaluation/evaluation.enums.js'),
      import('../modules/evaluation/published-results.service.js'),
    ]);
    const server = await startServer({ ...loadConfig(), databaseUrl: url, demo: false, port: 0, logLevel: 'silent' }, silent);
    stops.push(() => server.stop());
    // The data was published by SQL: store what publishTerm would have stored for families.
    const stored = await storePublished(client, data.yearId, (ids) => published.storeResults(server.db, data.yearId, ids, [Term.S1]));
    log(`Stored the published S1 results of ${count(stored.classes)} classes in ${seconds(stored.ms)}`);
    // Loopback only, IPv4: the server listens on all interfaces, the clients reach it here.
    const base = server.url.replace('//localhost:', '//127.0.0.1:');
    const graphqlUrl = `${base}/graphql`;
    const accounts = await openAccounts(server.db, data, options.parents);

    let statements = 0;
    const counted = createDataSource({ url, entities: ENTITIES, poolSize: 10, onQuery: () => statements++ });
    await counted.initialize();
    stops.unshift(() => counted.destroy());
    // The results service alone (its loader: the statements and the computation), no GraphQL,
    // on a DataSource whose query() notes when SQL is under way (statements run in parallel).
    let sqlBusy = 0;
    let running = 0;
    let since = 0;
    let perStatement: Map<string, Ms> | null = null;
    const sqlTimed = new Proxy(counted, {
      get: (target, prop, receiver) =>
        prop !== 'query'
          ? Reflect.get(target, prop, receiver)
          : async (...args: Parameters<DataSource['query']>) => {
              const started = performance.now();
              if (running++ === 0) since = started;
              try {
                return await target.query(...args);
              } finally {
                if (--running === 0) sqlBusy += performance.now() - since;
                const key = args[0].replace(/\s+/g, ' ').trim().slice(0, 60);
                const list = perStatement?.get(key) ?? [];
                list.push(performance.now() - started);
                perStatement?.set(key, list);
              }
            },
    });
    const serviceResults = async (viewer: Viewer, classIds: number[], sql: Ms, statements: Map<string, Ms> | null) => {
      const before = sqlBusy;
      perStatement = statements;
      const results = await loader(contextFor(sqlTimed, viewer), service.classResults).loadMany(classIds.map((id) => service.resultsKey(id, data.yearId, Term.S1)));
      sql.push(sqlBusy - before);
      const failed = results.find((r) => r instanceof Error);
      if (failed) throw failed;
    };
    const apollo = createApolloServer(await getSchema(), silent);
    await apollo.start();
    stops.unshift(() => apollo.stop());
    const viewerOf = async (token: string) => (await viewerForToken(counted, token))!;
    const teacher = await viewerOf(accounts.teacher);
    const director = await viewerOf(accounts.directors.get(data.target.schoolCode)!);
    const schoolDirector = await viewerOf(accounts.directors.get(data.school.code)!);
    const parent = await viewerOf(accounts.parents[0]);
    /**
     * Requests one after another from a client in a worker thread, as the load is sent: off the
     * event loop of the server they measure, like a browser. The first few are not counted.
     */
    const sequential = async (tokens: string[], query: string, variables: Record<string, unknown>[], runs: number): Promise<Ms> => {
      const result = await runLoad({ url: graphqlUrl, requests: cycle(tokens, query, variables), connections: 1, seconds: 120, amount: WARM_UP + runs });
      if (failuresOf(result)) throw new Error(`${failuresOf(result)} failed requests: ${result.firstError}`);
      if (result.ms.length < WARM_UP + runs) throw new Error(`only ${result.ms.length} of ${WARM_UP + runs} requests answered in 120 s`);
      return result.ms.slice(WARM_UP);
    };
    const exec = <T>(v: Viewer, query: string, variables?: Record<string, unknown>) => execute<T>(apollo, counted, v, query, variables);
    const http = <T>(token: string, query: string, variables?: Record<string, unknown>) => post<T>(base, token, query, variables);
    const countOf = async (run: () => Promise<unknown>) => {
      statements = 0;
      await run();
      return statements;
    };

    // recordGrades: calls alternate two sets of marks, so that each one updates 45 rows (and audits them).
    const codes = data.record.codes.slice(0, 45);
    const gradesInput = (flip: number) => ({
      input: { assessmentId: toGlobalId('Assessment', data.record.assessmentId), grades: codes.map((c, j) => ({ codeMassar: c, value: 8 + (j % 10) + flip / 2 })) },
    });
    const sets = [gradesInput(1), gradesInput(0)];
    dataOf(await http(accounts.teacher, RECORD, sets[1]), 'recordGrades');
    const record = await sequential([accounts.teacher], RECORD, sets, RUNS.record);
    // The set after the worker's last call, so that the counted call changes every mark too.
    const recordStatements = await countOf(async () => dataOf(await exec(teacher, RECORD, sets[(WARM_UP + RUNS.record) % 2]), 'recordGrades'));

    // One class's term results, as its school's director.
    const classVars = { id: toGlobalId('SchoolClass', data.target.classId) };
    type ClassAnswer = { node: { results: { students: unknown[] } } | null };
    const checkClass = (d: ClassAnswer) => {
      const n = d.node?.results.students.length ?? 0;
      if (n !== data.target.pupils) throw new Error(`class results listed ${n} of ${data.target.pupils} pupils`);
    };
    const classToken = accounts.directors.get(data.target.schoolCode)!;
    const classSql: Ms = [];
    const classStatementMs = new Map<string, Ms>();
    const classResults: Results = {
      http: (checkClass(dataOf(await http<ClassAnswer>(classToken, CLASS_RESULTS, classVars), 'class results')),
        await sequential([classToken], CLASS_RESULTS, [classVars], RUNS.classResults)),
      graphql: await timed(RUNS.classResults, async () => checkClass(dataOf(await exec<ClassAnswer>(director, CLASS_RESULTS, classVars), 'class results'))),
      service: await timed(RUNS.classResults, (_, warmUp) => serviceResults(director, [data.target.classId], warmUp ? [] : classSql, warmUp ? null : classStatementMs)),
      sql: classSql,
      statements: classStatementMs,
    };
    const classStatements = await countOf(() => exec(director, CLASS_RESULTS, classVars));

    // A whole school's term results: every class of the school, as its director.
    const schoolVars = { code: data.school.code, year };
    type SchoolAnswer = { school: { classes: { results: { students: unknown[] } }[] } | null };
    const checkSchool = (d: SchoolAnswer) => {
      const n = d.school?.classes.reduce((sum, c) => sum + c.results.students.length, 0) ?? 0;
      if (n !== data.school.pupils) throw new Error(`school results listed ${n} of ${data.school.pupils} pupils`);
    };
    const schoolToken = accounts.directors.get(data.school.code)!;
    const classIds: number[] = (
      await client.query('SELECT id FROM school_class c WHERE school_year_id = $1 AND school_id = (SELECT id FROM school WHERE code = $2)', [data.yearId, data.school.code])
    ).rows.map((r) => r.id);
    const schoolSql: Ms = [];
    const schoolStatementMs = new Map<string, Ms>();
    const schoolResults: Results = {
      http: (checkSchool(dataOf(await http<SchoolAnswer>(schoolToken, SCHOOL_RESULTS, schoolVars), 'school results')),
        await sequential([schoolToken], SCHOOL_RESULTS, [schoolVars], RUNS.schoolResults)),
      graphql: await timed(RUNS.schoolResults, async () => checkSchool(dataOf(await exec<SchoolAnswer>(schoolDirector, SCHOOL_RESULTS, schoolVars), 'school results'))),
      service: await timed(RUNS.schoolResults, (_, warmUp) => serviceResults(schoolDirector, classIds, warmUp ? [] : schoolSql, warmUp ? null : schoolStatementMs)),
      sql: schoolSql,
      statements: schoolStatementMs,
    };
    const schoolStatements = await countOf(() => exec(schoolDirector, SCHOOL_RESULTS, schoolVars));

    // The portal's "my child's results": one parent after another, then under concurrent load.
    type PortalAnswer = { me: { children: { results: unknown }[] } | null };
    let children = 0;
    let withResults = 0;
    // Timed first, so that each parent's data is as cold as on a results evening; counted after.
    const portalParents = accounts.parents.slice(0, RUNS.portal);
    const portalHttp = await sequential(portalParents, PORTAL_RESULTS, [], portalParents.length);
    for (const token of portalParents) {
      const me = dataOf(await http<PortalAnswer>(token, PORTAL_RESULTS), 'portal query').me;
      children += me?.children.length ?? 0;
      withResults += me?.children.filter((c) => c.results !== null).length ?? 0;
    }
    if (!withResults) throw new Error('no parent sees any result: the portal query would measure nothing');
    const portalStatements = await countOf(() => exec(parent, PORTAL_RESULTS));
    // The results evening: every request the next parent's session, closed-loop to find the
    // capacity, then twice that offered (each connection paced, enough of them for the rate).
    const evening = cycle(accounts.parents, PORTAL_RESULTS, []);
    log(`Results evening: ${count(accounts.parents.length)} parents' sessions cycling, ${options.clients} connections for ${options.seconds} s (closed loop)…`);
    await runLoad({ url: graphqlUrl, requests: evening, connections: options.clients, seconds: 2 });
    const load = await runLoad({ url: graphqlUrl, requests: evening, connections: options.clients, seconds: options.seconds });
    if (!load.ms.length) throw new Error(`portal load: no request answered (${load.firstError ?? 'no error'})`);
    const rate = Math.max(1, Math.round((2 * load.ms.length * 1000) / load.elapsedMs));
    // A connection carries one request at a time: at 0.5 s each (the target), 2 a second.
    const connections = options.overloadConnections || Math.min(1000, Math.max(options.clients, Math.ceil(rate / 2)));
    log(`  offering twice that, ${count(rate)} req/s, over ${connections} connections for ${options.seconds} s…`);
    const overload = { rate, connections, result: await runLoad({ url: graphqlUrl, requests: evening, connections, seconds: options.seconds, overallRate: rate }) };

    return {
      data,
      parents: { accounts: accounts.parents.length, children, withResults },
      record: { http: record, pupils: codes.length },
      classResults,
      schoolResults,
      portal: { http: portalHttp, load, overload },
      statements: { record: recordStatements, classResults: classStatements, schoolResults: schoolStatements, portal: portalStatements },
      options,
    };
  } catch (error) {
    return `not measured (${(error as Error).message})`;
  } finally {
    for (const stop of stops.splice(0)) await stop().catch(() => {});
  }
}

interface Accounts {
  directors: Map<string, string>;
  teacher: string;
  parents: string[];
}

// Throwaway accounts with no usable password ('!' is no argon2 hash), sessions opened directly,
// as bench.ts's directorTokens: no known password ever exists.
async function openAccounts(db: DataSource, data: EvaluationData, parents: number): Promise<Accounts> {
  const directors = new Map<string, string>();
  for (const code of new Set([data.target.schoolCode, data.school.code])) {
    const [account] = await db.query(
      `INSERT INTO account (email, password_hash, role, display_name, school_id)
       SELECT $1, '!', 'DIRECTOR', 'Benchmark', id FROM school WHERE code = $2 RETURNING id`,
      [`bench.evaluation.${code.toLowerCase()}@bench.invalid`, code],
    );
    directors.set(code, (await createSession(db, account.id, 1)).token);
  }
  const [teacher] = await db.query(
    `INSERT INTO account (email, password_hash, role, display_name, school_id, staff_member_id)
     SELECT $1, '!', 'TEACHER', 'Benchmark', school_id, id FROM staff_member WHERE id = $2 RETURNING id`,
    [`bench.evaluation.teacher.${data.record.teacherId}@bench.invalid`, data.record.teacherId],
  );
  // Guardians of pupils of the published sample (not of the big school or target class only).
  const accounts: { id: number }[] = await db.query(
    `INSERT INTO account (email, password_hash, role, display_name, guardian_id)
     SELECT 'bench.evaluation.parent.' || g.guardian_id || '@bench.invalid', '!', 'PARENT', 'Benchmark', g.guardian_id
     FROM (SELECT DISTINCT sg.guardian_id FROM student_guardian sg
           JOIN enrolment e ON e.student_id = sg.student_id AND e.school_year_id = $1 AND e.status = 'ACTIVE'
           JOIN term_status ts ON ts.class_id = e.class_id AND ts.school_year_id = $1 AND ts.term = 'S1' AND ts.status = 'PUBLISHED') g
     ORDER BY md5(g.guardian_id::text) LIMIT $2 RETURNING id`,
    [data.yearId, parents],
  );
  // A few sessions opened at a time: 10,000 one after another would take a while.
  const tokens: string[] = new Array(accounts.length);
  let next = 0;
  const open = async () => {
    for (let i = next++; i < accounts.length; i = next++) tokens[i] = (await createSession(db, accounts[i].id, 1)).token;
  };
  await Promise.all(Array.from({ length: 8 }, open));
  return { directors, teacher: (await createSession(db, teacher.id, 1)).token, parents: tokens };
}

/** Request i: tokens[i % length] with variables[i % length], as many requests as the longer list. */
function cycle(tokens: string[], query: string, variables: Record<string, unknown>[]): LoadRequest[] {
  const n = Math.max(tokens.length, variables.length);
  return Array.from({ length: n }, (_, i) => ({ token: tokens[i % tokens.length], body: JSON.stringify({ query, variables: variables.length ? variables[i % variables.length] : undefined }) }));
}

function contextFor(db: DataSource, viewer: Viewer): Context {
  return {
    db, viewer, log: silent, requestId: 'bench', clientAddress: '127.0.0.1', loaders: new Map(), sessionDays: 1,
    session: { token: null, set: () => {}, clear: () => {}, deviceTokens: [], setDevice: () => {} },
  };
}

async function execute<T>(apollo: ApolloServer<Context>, db: DataSource, viewer: Viewer, query: string, variables?: Record<string, unknown>): Promise<Gql<T>> {
  const response = await apollo.executeOperation({ query, variables }, { contextValue: contextFor(db, viewer) });
  if (response.body.kind !== 'single') throw new Error('unexpected incremental response');
  return response.body.singleResult as Gql<T>;
}

async function post<T>(base: string, token: string, query: string, variables?: Record<string, unknown>): Promise<Gql<T>> {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as Gql<T>;
}

const ms = (values: Ms) => {
  const { median, p95 } = stats(values);
  return `median ${median.toFixed(1).padStart(6)} ms   p95 ${p95.toFixed(1).padStart(6)} ms`;
};

/** Of the service's time: SQL under way, and the rest (computation, JavaScript), medians. */
const split = (r: Results) => {
  const sql = stats(r.sql).median;
  const rest = stats(r.service.map((t, i) => t - r.sql[i])).median;
  return `of which SQL (with pg's row decoding) ${sql.toFixed(1)} ms, the rest ${rest.toFixed(1)} ms (medians)`;
};

/** The service's slowest statement, by median. */
const slowest = (r: Results) => {
  const [sql, times] = [...r.statements].map(([k, v]) => [k, stats(v).median] as const).sort((a, b) => b[1] - a[1])[0] ?? ['none', NaN];
  return `      slowest statement: median ${times.toFixed(1)} ms, ${sql}…`;
};

/** The "evaluation" part of the final block. */
export function evaluationLines(e: EvaluationBench | string): string[] {
  if (typeof e === 'string') return [`evaluation    ${e}`];
  const { data: d, statements: s, portal } = e;
  const row = (label: string, values: Ms, note = '') => `  ${label.padEnd(46)} ${ms(values)}${note ? `   ${note}` : ''}`;
  const { load, overload } = portal;
  const perSecond = (load.ms.length * 1000) / load.elapsedMs;
  const p99 = percentileOf(load.ms, 0.99);
  const failed = failuresOf(load);
  const o = overload.result;
  const oP99 = percentileOf(o.ms, 0.99);
  const other = Object.entries(o.otherStatus).map(([code, n]) => `${n} × HTTP ${code}`).join(', ') || 'none';
  const evening = [
    `  results evening: ${count(e.parents.accounts)} parents' sessions cycling, each request the next parent`,
    `    (a) closed loop, ${e.options.clients} connections × ${(load.elapsedMs / 1000).toFixed(1)} s: ${count(perSecond)} req/s, ` +
      `p50 ${percentileOf(load.ms, 0.5).toFixed(1)} ms, p99 ${p99.toFixed(1)} ms, ${count(load.ms.length)} answered, ${failed} errors` +
      `${load.firstError ? ` (first: ${load.firstError.slice(0, 160)})` : ''}`,
    `    (b) offered ${count(overload.rate)} req/s (twice (a)) over ${overload.connections} connections × ${(o.elapsedMs / 1000).toFixed(1)} s, ${count(o.sent)} sent: ` +
      `${count(o.ms.length)} answered 2xx (${count((o.ms.length * 1000) / o.elapsedMs)} req/s, p99 ${oP99.toFixed(1)} ms); ` +
      `${count(o.shed.count)} × 429/503 (${o.shed.retryAfter} with Retry-After, code ${o.shed.code ?? '–'}, p99 ${percentileOf(o.shed.ms, 0.99).toFixed(1)} ms); ` +
      `${o.graphqlErrors} GraphQL errors, other statuses ${other}, ${o.errors - o.timeouts} connection errors, ${o.timeouts} timeouts`,
    `  target 2: ≥ 1,000 req/s, p99 ≤ 200 ms, 0 errors: ${perSecond >= 1000 && p99 <= 200 && failed === 0 ? 'MET' : 'NOT MET'} ` +
      `(${count(perSecond)} req/s, p99 ${p99.toFixed(1)} ms, ${failed} errors)` +
      ` · overload: answered p99 ≤ 500 ms, excess shed with 429/503 + Retry-After: ` +
      `${oP99 <= 500 && o.shed.retryAfter === o.shed.count && failuresOf(o) === o.shed.count ? 'MET' : 'NOT MET'} ` +
      `(p99 ${oP99.toFixed(1)} ms, ${count(o.shed.count)} shed, ${o.timeouts} timeouts)`,
  ];
  return [
    `evaluation    S1 grades for ${count(d.classes)} classes (${count(d.sampleClasses)} random, the target class, one school's): ` +
      `${count(d.assessments)} assessments, ${count(d.grades)} grades in ${seconds(d.ms)} (INSERT … SELECT), S1 published`,
    `  recordGrades (${e.record.pupils} pupils, every mark changed), as the teacher`,
    row('    HTTP GraphQL, real server', e.record.http, `${e.record.http.length} calls; ${s.record} statements in-process (+1 session lookup over HTTP)`),
    `  class results S1 (${d.target.pupils} pupils × ${d.target.subjects} subjects × ${d.target.assessments / d.target.subjects} marks), as director`,
    row('    HTTP GraphQL, real server', e.classResults.http, `target < 20 ms; ${s.classResults} statements`),
    row('    in-process GraphQL, no HTTP', e.classResults.graphql),
    row('    results service only', e.classResults.service, split(e.classResults)),
    slowest(e.classResults),
    `  school results S1 (${d.school.code}: ${count(d.school.pupils)} pupils, ${d.school.classes} classes, ${count(d.school.grades)} grades), as director`,
    row('    HTTP GraphQL, real server', e.schoolResults.http, `target < 300 ms; ${s.schoolResults} statements`),
    row('    in-process GraphQL, no HTTP', e.schoolResults.graphql),
    row('    results service only', e.schoolResults.service, split(e.schoolResults)),
    slowest(e.schoolResults),
    `  portal "my child's results" (me.children.results(S1)), ${count(e.parents.accounts)} parents; the first ${portal.http.length}: ` +
      `${(e.parents.children / portal.http.length).toFixed(2)} children each, ${Math.round((100 * e.parents.withResults) / e.parents.children)} % with published results`,
    row('    HTTP, 1 client', portal.http, `${s.portal} statements`),
    ...evening,
  ];
}
