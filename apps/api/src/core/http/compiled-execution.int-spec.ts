import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contextFor, createTestApi, type TestApi } from '../../test/graphql.js';
import { factories, Role, viewer } from '../../test/factories.js';

// Runs 1–2 of an operation go through graphql-js, the later ones through its compiled function:
// a client must not be able to tell them apart, answers and refusals alike.
describe('compiled execution', () => {
  let api: TestApi;
  let director: ReturnType<typeof viewer>;
  let code: string;

  beforeAll(async () => {
    api = await createTestApi();
    const f = factories(api.db);
    const school = await f.school();
    code = school.code;
    await f.student({ classId: await f.schoolClass(school.id) });
    director = viewer(Role.DIRECTOR, { schoolId: school.id });
  });
  afterAll(() => api.stop());

  const fiveTimes = async (run: () => Promise<unknown>) => {
    const answers = [];
    for (let i = 0; i < 5; i++) answers.push(await run());
    return answers;
  };

  it('answers a nested query the same on every run', async () => {
    const query = 'query Pupils($code: String!) { school(code: $code) { code classes { name students(first: 10) { totalCount edges { node { codeMassar guardians { relationship } } } } } } }';
    const answers = await fiveTimes(() => api.exec(director, query, { code }));
    expect((answers[0] as { data: unknown }).data).toBeTruthy();
    for (const answer of answers) expect(answer).toEqual(answers[0]);
  });

  it('refuses a row outside the scope, and variables that do not coerce, the same on every run', async () => {
    const missing = await fiveTimes(() => api.exec(director, 'query S($c: String!) { student(codeMassar: $c) { codeMassar } }', { c: 'Z999999999' }));
    expect(missing[0]).toMatchObject({ errors: [{ extensions: { code: 'NOT_FOUND' } }] });
    for (const answer of missing) expect(answer).toEqual(missing[0]);
    const badVariable = await fiveTimes(() => api.exec(director, 'query Y($n: Int!) { school(code: "x") { classes { students(first: $n) { totalCount } } } }', { n: 'many' }));
    expect(badVariable[0]).toMatchObject({ errors: [{ extensions: { code: 'BAD_USER_INPUT' } }] });
    for (const answer of badVariable) expect(answer).toEqual(badVariable[0]);
  });

  it('runs nothing for an operation name the document does not hold', async () => {
    const answers = [];
    for (let i = 0; i < 5; i++) {
      api.statements.length = 0;
      const response = await api.apollo.executeOperation(
        { query: 'query A { me { role } }', operationName: 'Nope' },
        { contextValue: contextFor(api.db, director) },
      );
      expect(response.body.kind).toBe('single');
      const result = response.body.kind === 'single' ? response.body.singleResult : null;
      expect(result?.data).toBeUndefined();
      answers.push(result);
    }
    expect(answers[0]?.errors?.[0]?.message).toBe('Unknown operation named "Nope".');
    for (const answer of answers) expect(answer).toEqual(answers[0]);
  });
});
