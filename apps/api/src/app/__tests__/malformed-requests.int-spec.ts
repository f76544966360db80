import { Writable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DataSource } from 'typeorm';
import { createSession } from '../../core/auth/session.service.js';
import { LIMITS } from '../../core/http/graphql-server.js';
import { toGlobalId } from '../../core/graphql/node.js';
import { createLogger } from '../../core/logger.js';
import { createTestDatabase } from '../../test/database.js';
import { startTestHttp } from '../../test/http.js';
import { factories } from '../../test/factories.js';

interface ErrorBody {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- response shapes vary per query
  data?: any;
  errors?: { message: string; extensions: { code: string; reason?: string; field?: string } }[];
}

// Malformed requests through the real HTTP stack: each answers a JSON GraphQL error with a code,
// never HTML, a stack, a server path or INTERNAL_SERVER_ERROR.
describe('HTTP: malformed requests', () => {
  let base: string;
  let db: DataSource;
  let stop: () => Promise<void>;
  let cookie: string;
  let ids: { school: number; otherSchool: number; classId: number; otherClass: number };
  const logLines: string[] = [];

  beforeAll(async () => {
    const test = await createTestDatabase();
    db = test.db;
    const f = factories(db);
    const school = await f.school();
    const other = await f.school();
    const classId = await f.schoolClass(school.id);
    const otherClass = await f.schoolClass(other.id);
    await f.student({ classId });
    ids = { school: school.id, otherSchool: other.id, classId, otherClass };
    const [account] = await db.query(
      `INSERT INTO account (email, password_hash, role, display_name, school_id) VALUES ('dir@malformed.ma', 'x', 'DIRECTOR', 'Directrice', $1) RETURNING id`,
      [school.id],
    );
    cookie = `massar_session=${(await createSession(db, account.id, 1)).token}`;
    const sink = new Writable({ write: (chunk, _enc, done) => { logLines.push(String(chunk)); done(); } });
    const log = createLogger('debug', sink);
    const http = await startTestHttp(db, log);
    base = http.base;
    stop = async () => {
      await http.stop();
      await test.drop();
    };
  });
  afterAll(() => stop());

  const JSON_HEADERS = { 'content-type': 'application/json', 'apollo-require-preflight': 'true' };

  async function post(body: string | Buffer, headers: Record<string, string> = {}) {
    const response = await fetch(`${base}/graphql`, { method: 'POST', headers: { ...JSON_HEADERS, cookie, ...headers }, body });
    const text = await response.text();
    return { response, text };
  }

  async function gql(query: string, variables: Record<string, unknown> = {}) {
    const { response, text } = await post(JSON.stringify({ query, variables }));
    return { status: response.status, body: JSON.parse(text) as ErrorBody };
  }

  /** The JSON GraphQL error shape, with a 4xx status, and nothing of the server's insides. */
  function expectCleanRefusal(status: number, text: string, contentType: string | null, expected: { status: number; code: string; reason?: string }) {
    expect(status).toBe(expected.status);
    expect(contentType).toMatch(/^application\/(graphql-response\+)?json/);
    expect(text).not.toMatch(/<html|<pre|<!DOCTYPE/i);
    expect(text).not.toMatch(/\/work\/|node_modules|\bat [\w.]+ \(|\.ts:\d+|\.js:\d+/);
    const body = JSON.parse(text) as ErrorBody;
    expect(body.errors?.length).toBeGreaterThan(0);
    const [error] = body.errors!;
    expect(typeof error.message).toBe('string');
    expect(error.extensions.code).toBe(expected.code);
    if (expected.reason) expect(error.extensions.reason).toBe(expected.reason);
    expect(text).not.toContain('INTERNAL_SERVER_ERROR');
  }

  async function expectPostRefused(body: string | Buffer, headers: Record<string, string>, expected: { status: number; code: string; reason?: string }) {
    const { response, text } = await post(body, headers);
    expectCleanRefusal(response.status, text, response.headers.get('content-type'), expected);
  }

  describe('transport errors answer JSON with a 4xx status', () => {
    it('refuses a body that is not JSON', async () => {
      await expectPostRefused('{"query": "{ me { role } }"', {}, { status: 400, code: 'BAD_REQUEST', reason: 'INVALID_JSON' });
    });

    it('refuses a null body', async () => {
      await expectPostRefused('null', {}, { status: 400, code: 'BAD_REQUEST', reason: 'INVALID_JSON' });
    });

    it('refuses a latin1 body', async () => {
      await expectPostRefused(Buffer.from('{"query":"{ me { role } }"}', 'latin1'), { 'content-type': 'application/json; charset=latin1' }, { status: 415, code: 'BAD_REQUEST', reason: 'UNSUPPORTED_CHARSET' });
    });

    it('refuses a gzip body that does not inflate', async () => {
      await expectPostRefused(Buffer.from('this is not gzip at all'), { 'content-encoding': 'gzip' }, { status: 400, code: 'BAD_REQUEST' });
    });

    it('still reads a gzip body that inflates', async () => {
      const { response, text } = await post(gzipSync(JSON.stringify({ query: '{ me { role } }' })), { 'content-encoding': 'gzip' });
      expect(response.status).toBe(200);
      expect(JSON.parse(text).data.me.role).toBe('DIRECTOR');
    });

    it('refuses an unknown content encoding', async () => {
      await expectPostRefused('{}', { 'content-encoding': 'compress' }, { status: 415, code: 'BAD_REQUEST', reason: 'UNSUPPORTED_ENCODING' });
    });

    it('refuses a body over the limit with 413', async () => {
      const big = JSON.stringify({ query: '{ me { role } }', variables: { pad: 'x'.repeat(3 * 1024 * 1024) } });
      await expectPostRefused(big, {}, { status: 413, code: 'BAD_REQUEST', reason: 'BODY_TOO_LARGE' });
    });

    it('answers a body of another content type with a JSON 400, not a 500', async () => {
      await expectPostRefused('query=%7B%20me%20%7D', { 'content-type': 'application/x-www-form-urlencoded' }, { status: 400, code: 'BAD_REQUEST' });
    });

    it('answers an unknown path as JSON', async () => {
      const response = await fetch(`${base}/nothing-here`, { method: 'POST' });
      expectCleanRefusal(response.status, await response.text(), response.headers.get('content-type'), { status: 404, code: 'NOT_FOUND' });
    });
  });

  describe('GraphQL documents', () => {
    it('answers a syntax error with HTTP 400 and GRAPHQL_PARSE_FAILED', async () => {
      const { response, text } = await post(JSON.stringify({ query: '{ me { role }' }));
      expectCleanRefusal(response.status, text, response.headers.get('content-type'), { status: 400, code: 'GRAPHQL_PARSE_FAILED' });
    });

    it('refuses a subscription as unsupported input, not a crash', async () => {
      const { response, text } = await post(JSON.stringify({ query: 'subscription { me { role } }' }));
      expectCleanRefusal(response.status, text, response.headers.get('content-type'), { status: 400, code: 'BAD_USER_INPUT', reason: 'OPERATION_NOT_SUPPORTED' });
    });
  });

  describe('NUL characters', () => {
    const SEARCH = 'query($s: String) { students(filter: { search: $s }) { totalCount } }';

    it('refuses a NUL in a variable', async () => {
      await expectPostRefused(JSON.stringify({ query: SEARCH, variables: { s: 'Ala\u0000oui' } }), {}, { status: 400, code: 'BAD_USER_INPUT', reason: 'NUL_CHARACTER' });
    });

    it('refuses a NUL in a nested input variable', async () => {
      const query = 'query($f: StudentFilterInput) { students(filter: $f) { totalCount } }';
      await expectPostRefused(JSON.stringify({ query, variables: { f: { search: '\u0000' } } }), {}, { status: 400, code: 'BAD_USER_INPUT', reason: 'NUL_CHARACTER' });
    });

    it('refuses a raw NUL in the query text', async () => {
      await expectPostRefused(JSON.stringify({ query: '{ students(filter: { search: "A\u0000" }) { totalCount } }' }), {}, { status: 400, code: 'BAD_USER_INPUT', reason: 'NUL_CHARACTER' });
    });

    it('refuses a NUL written as the GraphQL escape \\u0000 in a literal', async () => {
      await expectPostRefused(JSON.stringify({ query: '{ students(filter: { search: "A\\u0000" }) { totalCount } }' }), {}, { status: 400, code: 'BAD_USER_INPUT', reason: 'NUL_CHARACTER' });
    });

    it('refuses a NUL in a GET request\'s variables', async () => {
      const url = `${base}/graphql?query=${encodeURIComponent(SEARCH)}&variables=${encodeURIComponent(JSON.stringify({ s: '\u0000' }))}`;
      const response = await fetch(url, { headers: { 'apollo-require-preflight': 'true', cookie } });
      expectCleanRefusal(response.status, await response.text(), response.headers.get('content-type'), { status: 400, code: 'BAD_USER_INPUT', reason: 'NUL_CHARACTER' });
    });
  });

  describe('ids and cursors', () => {
    const NODE = 'query($id: ID!) { node(id: $id) { id } }';
    const raw = (text: string) => Buffer.from(text).toString('base64url');

    it('answers node() of an id past its column\'s range with null', async () => {
      for (const id of [toGlobalId('Region', 99999), toGlobalId('Province', 40000), toGlobalId('SchoolClass', 3000000000), toGlobalId('Student', 9999999999)]) {
        const { status, body } = await gql(NODE, { id });
        expect({ id, status, body }).toEqual({ id, status: 200, body: { data: { node: null } } });
      }
    });

    it('answers node() of a type named after Object.prototype\'s members with null', async () => {
      for (const type of ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf']) {
        const { status, body } = await gql(NODE, { id: toGlobalId(type, 1) });
        expect({ type, status, body }).toEqual({ type, status: 200, body: { data: { node: null } } });
      }
    });

    it('refuses an id that is not a global id, naming the field', async () => {
      for (const id of ['garbage', raw('SchoolClass:1e3'), raw('SchoolClass:-1'), raw('SchoolClass:0'), raw('SchoolClass:1:2'), raw('SchoolClass: 1')]) {
        const { body } = await gql(NODE, { id });
        expect({ id, error: body.errors?.[0].extensions }).toMatchObject({ id, error: { code: 'BAD_USER_INPUT', field: 'id', reason: 'INVALID_ID' } });
      }
    });

    it('refuses a class id past the int4 range elsewhere with BAD_USER_INPUT naming the field', async () => {
      const { body } = await gql('query($c: ID) { students(filter: { classId: $c }) { totalCount } }', { c: toGlobalId('SchoolClass', 3000000000) });
      expect(body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.classId', reason: 'INVALID_ID' });
      const created = await gql('mutation($i: CreateAssessmentInput!) { createAssessment(input: $i) { id } }', {
        i: { classId: toGlobalId('SchoolClass', 3000000000), subjectCode: 'MATH', term: 'S1', kind: 'CONTINUOUS', date: '2025-11-03' },
      });
      expect(created.body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'classId' });
    });

    it('refuses a region id past its column\'s range with BAD_USER_INPUT, not INTERNAL', async () => {
      const { body } = await gql('query($r: ID) { schools(filter: { regionId: $r }) { totalCount } }', { r: toGlobalId('Region', 99999) });
      expect(body.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    });

    it('refuses a garbage cursor and a cursor of the wrong shape with BAD_USER_INPUT', async () => {
      const cursors = [
        'garbage!!', raw('not json'), raw('{"a":1}'), raw('[1,2]'),
        raw('["Alaoui","Salma","abc"]'), raw('["Alaoui",{"x":1},3]'), raw('[1,2,3]'), raw('["Alaoui","Salma",1.5]'),
        raw('["Alaoui","Salma",1e300]'), raw('["Ala\\u0000oui","Salma",3]'), raw('["Alaoui","Salma",-1]'),
      ];
      for (const after of cursors) {
        const { body } = await gql('query($a: String) { students(after: $a) { totalCount } }', { a: after });
        expect({ after, error: body.errors?.[0].extensions }).toMatchObject({ after, error: { code: 'BAD_USER_INPUT', field: 'after', reason: 'INVALID_CURSOR' } });
        const ofClass = await gql('query($id: ID!, $a: String) { node(id: $id) { ... on SchoolClass { students(after: $a) { totalCount } } } }', { id: toGlobalId('SchoolClass', ids.classId), a: after });
        expect({ after, error: ofClass.body.errors?.[0].extensions }).toMatchObject({ after, error: { code: 'BAD_USER_INPUT', reason: 'INVALID_CURSOR' } });
      }
    });

    it('still pages with the cursors it hands out', async () => {
      const first = await gql('{ students(first: 1) { edges { node { codeMassar } } pageInfo { endCursor } } }');
      const next = await gql('query($a: String) { students(first: 1, after: $a) { totalCount } }', { a: first.body.data.students.pageInfo.endCursor });
      expect(next.body.errors).toBeUndefined();
    });

    it('answers node() outside the scope exactly as for a missing row', async () => {
      const outside = await gql(NODE, { id: toGlobalId('School', ids.otherSchool) });
      const missing = await gql(NODE, { id: toGlobalId('School', 2_000_000_000) });
      expect(outside).toEqual(missing);
      expect(outside.body).toEqual({ data: { node: null } });
      const outsideClass = await gql(NODE, { id: toGlobalId('SchoolClass', ids.otherClass) });
      expect(outsideClass.body).toEqual({ data: { node: null } });
      const own = await gql(NODE, { id: toGlobalId('SchoolClass', ids.classId) });
      expect(own.body.data.node.id).toBe(toGlobalId('SchoolClass', ids.classId));
    });
  });

  describe('query limits', () => {
    it('refuses a query deeper than the limit with a clear coded error and HTTP 400', async () => {
      const nested = Array.from({ length: 8 }, () => 'provinces { region {').join(' ');
      const { status, body } = await gql(`{ regions { ${nested} code ${'} } '.repeat(8)} } }`);
      expect(status).toBe(400);
      expect(body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'QUERY_TOO_DEEP' });
      expect(body.errors?.[0].message).toMatch(/depth limit of 12/);
      expect(body.errors?.[0].message).not.toMatch(/syntax/i);
    });

    it('refuses too many aliases', async () => {
      const aliases = Array.from({ length: LIMITS.maxAliases + 5 }, (_, i) => `a${i}: me { role }`).join(' ');
      const { status, body } = await gql(`{ ${aliases} }`);
      expect(status).toBe(400);
      expect(body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'TOO_MANY_ALIASES' });
      expect(body.errors?.[0].message).not.toMatch(/syntax/i);
    });

    it('refuses too many tokens', async () => {
      const { status, body } = await gql(`{ me { ${'role '.repeat(LIMITS.maxTokens)} } }`);
      expect(status).toBe(400);
      expect(body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'QUERY_TOO_LONG' });
      expect(body.errors?.[0].message).not.toMatch(/syntax/i);
    });
  });

  describe('a failed SQL statement in the log', () => {
    // A trigger makes the insert fail as an unexpected database error would, with values that
    // can be recognised in the log: the pupil's names and birth date, the guardian's phone.
    const input = (classId: string) => ({
      classId,
      firstName: 'Zoubida', lastName: 'Traceablename', firstNameAr: 'زبيدة', lastNameAr: 'المتتبعة',
      birthDate: '2012-03-17', birthPlace: 'Ouarzazate', gender: 'F',
      guardians: [{ firstName: 'Hafsa', lastName: 'Guardianmark', firstNameAr: 'حفصة', lastNameAr: 'الوصية', relationship: 'MOTHER', phone: '0677001122' }],
    });
    const REGISTER = 'mutation($i: RegisterStudentInput!) { registerStudent(input: $i) { id } }';
    const VALUES = ['Zoubida', 'Traceablename', '2012-03-17', 'Ouarzazate', 'Hafsa', 'Guardianmark', '0677001122'];

    async function registerFailingOn(table: 'student' | 'guardian') {
      await db.query(`CREATE OR REPLACE FUNCTION test_fail_insert() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'simulated failure' USING ERRCODE = 'XX001'; END $$`);
      await db.query(`CREATE TRIGGER test_fail_insert BEFORE INSERT ON ${table} FOR EACH ROW EXECUTE FUNCTION test_fail_insert()`);
      try {
        logLines.length = 0;
        const { body } = await gql(REGISTER, { i: input(toGlobalId('SchoolClass', ids.classId)) });
        expect(body.errors?.[0].extensions.code).toBe('INTERNAL_SERVER_ERROR');
        return logLines.join('');
      } finally {
        await db.query(`DROP TRIGGER test_fail_insert ON ${table}`);
      }
    }

    it('answers a constraint the checks did not catch with a schema reason, never the constraint\'s name', async () => {
      await db.query(`CREATE OR REPLACE FUNCTION test_fail_insert() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN RAISE EXCEPTION 'simulated' USING ERRCODE = '23514', CONSTRAINT = 'student_secret_inner_check'; END $$`);
      await db.query('CREATE TRIGGER test_fail_insert BEFORE INSERT ON student FOR EACH ROW EXECUTE FUNCTION test_fail_insert()');
      try {
        const { body } = await gql(REGISTER, { i: input(toGlobalId('SchoolClass', ids.classId)) });
        expect(body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID' });
        expect(JSON.stringify(body)).not.toContain('student_secret_inner_check');
      } finally {
        await db.query('DROP TRIGGER test_fail_insert ON student');
      }
    });

    it('logs the statement and its error code, never the values it carried', async () => {
      for (const table of ['student', 'guardian'] as const) {
        const log = await registerFailingOn(table);
        expect(log).toContain('unexpected error');
        for (const value of VALUES) expect({ table, value, found: log.includes(value) }).toEqual({ table, value, found: false });
        const entry = JSON.parse(log.split('\n').find((line) => line.includes('unexpected error'))!);
        expect(entry.err).toMatchObject({ sqlState: 'XX001', statement: expect.stringMatching(new RegExp(`^INSERT INTO "?${table}\\b`)) });
      }
    });
  });
});
