import {
  type GraphQLField, type GraphQLInterfaceType, type GraphQLSchema,
  getNamedType, isInputObjectType, isLeafType, isNonNullType, isObjectType,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DEEP, type FillContext, type Markers, type Problem, SHALLOW, type Sel, Unfillable,
  aliasCount, changedTables, checklist, exposures, fill, inParallel, leavesOf, markedIn, pack, print, reachableTypes, refKind,
  resetFailureCounters, sameAnswer, selectionOf, snapshot, summary, suppliedValues, tokenCount, visited, withoutSupplied,
} from '../../test/access-walk.js';
import { ROLES, type RoleName, type Row, type World, buildWorld, distinct, isOut, isWriteTarget, missing } from '../../test/access-walk.world.js';
import { createTestApi, type GqlResult, type TestApi } from '../../test/graphql.js';
import { getSchema } from '../schema.js';

// DESIGN "Who may see what", by every path: every Query root field (and node(id) of every Node
// type) is asked with a selection reaching every field a few levels down, as every role, for the
// rows of both worlds (test/access-walk.world.ts); no answer may carry a value of a row outside the
// role's scope, and a row outside the scope answers exactly like a missing one. Every mutation is
// called against rows outside the scope and must be refused like a missing row, writing nothing.
// All of it is generated from the built schema: a new field or mutation is walked without a new test.

/** Public mutations: they name no row. */
const PUBLIC_MUTATIONS = ['login', 'logout'];
/**
 * Reads that are mutations because they write their line of a log: within the role's read scope
 * they succeed (and log), so the walk aims them at rows outside that scope only, where they must be
 * refused like missing rows and log nothing.
 */
const LOGGED_READS = ['exportIndicators', 'recordChartExport'];
/** Fields no walk reaches, and why. */
const NOT_WALKED: Record<string, string> = {
  'LoginPayload.viewer': 'answered by login only (public); the Viewer is walked through `me`',
};
/** Plain input values by field name (a row is named by `refKind`, a term by the variant). */
const VALUES: Record<string, unknown> = {
  subjectCode: 'MATH', reason: 'Correction', value: 15, birthDate: '2013-03-02', birthPlace: 'Fès',
  firstName: 'Adam', lastName: 'Tazi', firstNameAr: 'آدم', lastNameAr: 'التازي', phone: '0661234567',
  toYear: '2026-2027', year: '2025-2026', levelCode: '6AP', dryRun: false,
  approve: true, streamCodes: 'TC_SCI', deadline: '2026-05-20',
  accept: true, late: false, date: '2025-11-17', contentType: 'image/png',
  weekday: 1, startsAt: '08:00', endsAt: '09:00',
  programmeCode: 'TAYSSIR', month: '2025-11', what: 'trend.enrolled',
};
/** Inputs generic filling cannot make: a real grade sheet of the targeted class. */
const OVERRIDES: Record<string, (w: World, rows: Record<string, Row>, term: string) => Record<string, unknown>> = {
  previewGradeSheet: (w, rows, term) => ({ base64: w.sheets.get(`${rows.SchoolClass.gid}:${term}`) ?? [...w.sheets.values()][0] }),
  importGradeSheet: (w, rows, term) => ({ base64: w.sheets.get(`${rows.SchoolClass.gid}:${term}`) ?? [...w.sheets.values()][0] }),
  // Asking for a pupil to come to one's own school (naming another school as the destination is allowed).
  requestTransfer: (w) => ({ toSchoolCode: w.anchors.School.key }),
  // A justification's attachment: a PNG's signature (checked before the absences are looked up).
  justifyAbsence: () => ({ base64: 'iVBORw0KGgoA' }),
};
/** Tokens and aliases per generated operation: under the server's limits (2,000 and 15), with room for its cost limit. */
const TOKEN_BUDGET = 1500;
const ALIAS_BUDGET = 12;
/** Mutations whose argument `id` is not a Node's: the kind of row it names. */
const ID_KINDS: Record<string, string> = { confirmChildLink: 'PendingChildLink', declineChildLink: 'PendingChildLink', removeSlot: 'TimetableSlot' };
const REFUSALS = ['NOT_FOUND', 'FORBIDDEN', 'UNAUTHENTICATED', 'BAD_USER_INPUT'];
const STATE_REFUSALS = ['CONFLICT', 'GRADES_LOCKED'];

/** One root-field call of the walk: the row it names (if any) and its variables. */
interface Probe { label: string; root: string; plan: string; vars: Record<string, unknown>; row?: Row; twin?: Record<string, unknown> }

describe('access walk: every field, every role, rows outside the scope', () => {
  let api: TestApi;
  let schema: GraphQLSchema;
  let world: World;
  let nodeTypes: string[];
  const plans = new Map<string, string[]>();
  const seen = new Set<string>();

  beforeAll(async () => {
    api = await createTestApi();
    schema = await getSchema();
    world = await buildWorld(api);
    nodeTypes = schema.getPossibleTypes(schema.getType('Node') as GraphQLInterfaceType).map((t) => t.name);
  });
  afterAll(() => api.stop());

  const rowsOf = (kind: string) => distinct(world.rows.filter((r) => r.type === kind));
  const rootFields = () => Object.values(schema.getQueryType()!.getFields());

  function markersFor(role: RoleName): Markers {
    const m: Markers = { ids: new Map(), texts: new Map(), numbers: new Map() };
    for (const r of world.rows.filter((row) => isOut(role, row))) {
      if (r.id) m.ids.set(r.gid, r.label);
      for (const t of r.texts) m.texts.set(t, r.label);
      for (const n of r.numbers) m.numbers.set(n, r.label);
    }
    return m;
  }

  const operation = (kind: 'query' | 'mutation', defs: string[], body: string) => {
    const all = body.includes('$first') ? [...defs, '$first: Int'] : defs;
    return `${kind}${all.length ? `(${all.join(', ')})` : ''} { ${body} }`;
  };

  /** The operations that together select `sels` under `head`, packed small enough for the server's limits. */
  async function plan(key: string, defs: string[], head: string, sels: Sel[], vars: Record<string, unknown>): Promise<string> {
    if (plans.has(key)) return key;
    const texts: string[] = [];
    const text = (s: Sel[]) => operation('query', defs, s.length ? `${head} { ${print(s)} }` : head);
    const fits = (s: Sel[], budget: number) => tokenCount(text(s)) <= budget && aliasCount(s) <= ALIAS_BUDGET;
    const attempt = async (s: Sel[], budget: number): Promise<void> => {
      const res = await api.exec(null, text(s), { first: 100, ...vars });
      if ('data' in res) return void (texts.push(text(s)), visited(s, seen));
      // Refused before running (too deep, too many tokens, too costly): smaller pieces.
      const pieces = pack(s, (p) => fits(p, budget / 2));
      if (pieces.length < 2) throw new Error(`${key}: ${res.errors?.[0]?.message}\n${text(s)}`);
      for (const p of pieces) await attempt(p, budget / 2);
    };
    for (const p of pack(sels, (s) => fits(s, TOKEN_BUDGET))) await attempt(p, TOKEN_BUDGET);
    plans.set(key, texts);
    return key;
  }

  /** Every call of the query walk for a role: each root field with each row it can name, deep when in scope. */
  async function probes(role: RoleName): Promise<Probe[]> {
    const out: Probe[] = [];
    const depthFor = (row: Row) => (isOut(role, row) ? SHALLOW : DEEP);
    for (const t of nodeTypes) {
      for (const row of rowsOf(t)) {
        const depth = depthFor(row);
        const sels: Sel[] = [{ owner: 'Node', field: 'id', args: '', children: [] }, { owner: 'Node', field: '', on: t, args: '', children: selectionOf(schema, schema.getType(t)!, depth) }];
        const key = await plan(`node:${t}:${depth}`, ['$id: ID!'], 'node(id: $id)', sels, { id: row.gid });
        out.push({ label: `node(${row.label})`, root: `node(${t})`, plan: key, vars: { id: row.gid }, row, twin: { id: missing(t, false) } });
      }
    }
    for (const q of rootFields().filter((f) => f.name !== 'node')) out.push(...(await fieldProbes(q)));
    return out;
  }

  async function fieldProbes(q: GraphQLField<unknown, unknown>): Promise<Probe[]> {
    const type = getNamedType(q.type);
    const required = q.args.filter((a) => isNonNullType(a.type));
    const refs = required.map((a) => ({ a, ref: refKind(a.name, getNamedType(a.type), nodeTypes) })).filter((x) => x.ref);
    if (refs.length > 1) throw new Error(`${q.name} names two rows: extend the walk`);
    const first = q.args.some((a) => a.name === 'first') ? ['first: $first'] : [];
    const defs = required.map((a) => `$${a.name}: ${String(a.type)}`);
    const head = (extra: string[] = []) => {
      const args = [...required.map((a) => `${a.name}: $${a.name}`), ...first, ...extra];
      return `${q.name}${args.length ? `(${args.join(', ')})` : ''}`;
    };
    const sels = (depth: number) => (isLeafType(type) ? [] : selectionOf(schema, type, depth));
    const argsFor = (value: (kind: string, byKey: boolean) => unknown) => {
      const ctx: FillContext = { nodeTypes, ref: value, term: 'S1', values: VALUES };
      return Object.fromEntries(required.map((a) => [a.name, fill(a.type, a.name, ctx, `Query.${q.name}.${a.name}`)]));
    };
    if (refs.length) {
      const { kind, byKey } = refs[0].ref!;
      const twin = argsFor(() => missing(kind, byKey));
      const out: Probe[] = [];
      for (const row of rowsOf(kind)) {
        const vars = argsFor(() => (byKey ? row.key : row.gid));
        // The same row as node(id) reaches deep: here, that it answers like a missing row when out of scope.
        const key = await plan(`${q.name}:${SHALLOW}`, defs, head(), sels(SHALLOW), vars);
        out.push({ label: `${q.name}(${row.label})`, root: q.name, plan: key, vars, row, twin });
      }
      return out;
    }
    const vars = argsFor(() => undefined);
    const out: Probe[] = [{ label: q.name, root: q.name, plan: await plan(`${q.name}:${DEEP}`, defs, head(), sels(DEEP), vars), vars }];
    // Filters naming a row (an id, or `search` by code or name): only in-scope rows may come back.
    for (const a of q.args.filter((x) => isInputObjectType(getNamedType(x.type)))) {
      const input = getNamedType(a.type);
      if (!isInputObjectType(input)) continue;
      for (const f of Object.values(input.getFields())) {
        const ref = f.name === 'search' ? { kind: input.name.replace('FilterInput', ''), byKey: false, search: true } : { ...(refKind(f.name, getNamedType(f.type), nodeTypes) ?? { kind: '', byKey: false }), search: false };
        if (!ref.kind) continue;
        // A required input (an analytics slice) is already a variable: the row goes into its value.
        const isRequired = required.includes(a);
        const base = isRequired ? (vars[a.name] as Record<string, unknown>) : {};
        const key = isRequired
          ? await plan(`${q.name}:${a.name}`, defs, head(), sels(SHALLOW), vars)
          : await plan(`${q.name}:${a.name}`, [...defs, `$${a.name}: ${String(a.type)}`], head([`${a.name}: $${a.name}`]), sels(SHALLOW), { ...vars, [a.name]: {} });
        for (const row of rowsOf(ref.kind)) {
          const value = ref.search ? row.search : ref.byKey ? row.key : row.gid;
          out.push({ label: `${q.name}(${a.name}.${f.name}: ${row.label})`, root: `${q.name}(${a.name}.${f.name})`, plan: key, vars: { ...vars, [a.name]: { ...base, [f.name]: value } } });
        }
      }
    }
    return out;
  }

  /** What the answer shows that the role must not see: where, and which rows; and any message naming one. */
  async function leaks(role: RoleName, where: string, res: GqlResult, m: Markers, supplied: string[]): Promise<Problem[]> {
    const found: Problem[] = [...exposures(await leavesOf(res.data, ''), m)].map(([at, rows]) => [role, `${where}${at ? ` ${at}` : ''} → ${[...rows].sort().join(', ')}`]);
    for (const e of res.errors ?? []) {
      const which = markedIn(withoutSupplied(e.message, supplied), m);
      if (which) found.push([role, `${where} error "${e.message}" names ${which}`]);
    }
    return found;
  }

  it('answers no query field with a row outside the role\'s scope, and a row outside it like a missing one', async () => {
    const problems: Problem[] = [];
    for (const role of ROLES) {
      const viewer = world.viewers[role];
      const m = markersFor(role);
      // Not vacuous: every pupil and school in the role's scope shows up somewhere.
      const unseen = new Map(world.rows.filter((r) => ['Student', 'School'].includes(r.type) && !isOut(role, r)).map((r) => [r.gid, r.label]));
      await inParallel(await probes(role), async (p) => {
        for (const text of plans.get(p.plan)!) {
          const res = await api.exec(viewer, text, { first: 100, ...p.vars });
          for (const leaf of await leavesOf(res.data, '')) unseen.delete(leaf.value as string);
          const shown = await leaks(role, p.root, res, m, suppliedValues(p.vars));
          problems.push(...shown);
          if (!p.row || !isOut(role, p.row) || !p.twin || shown.length) continue;
          // A row outside the scope: its first piece answers exactly as a missing row's does (node: null, no error).
          const twin = await api.exec(viewer, text, { first: 100, ...p.twin });
          const nullNode = p.root.startsWith('node(') && (res.errors || res.data?.node !== null);
          if (nullNode || !sameAnswer(res, twin, [...suppliedValues(p.vars), ...suppliedValues(p.twin)])) {
            problems.push([role, `${p.label}: answers ${summary(res)}, a missing row ${summary(twin)}`]);
          }
          break;
        }
      });
      for (const label of unseen.values()) problems.push([role, `never sees ${label}, in its scope: the walk reaches too little`]);
    }
    expectNone(problems);
    // Every role × every root field of a schema that keeps growing: minutes on a loaded 2-core machine.
  }, 180_000);

  it('refuses every mutation on rows outside the role\'s scope like on missing rows, writing nothing', async () => {
    const problems: Problem[] = [];
    for (const m of Object.values(schema.getMutationType()!.getFields()).filter((f) => !PUBLIC_MUTATIONS.includes(f.name))) {
      const shape = await mutationShape(m);
      if (typeof shape === 'string') {
        problems.push(['schema', shape]);
        continue;
      }
      // One fingerprint of every table before the roles' calls and one after (a fingerprint per role
      // cost a fifth of the walk): a refused call must write nothing, whoever made it.
      const before = await snapshot(api.db);
      for (const role of ROLES) {
        const markers = markersFor(role);
        const logged = LOGGED_READS.includes(m.name);
        const variants = mutationVariants(role, shape.kinds, logged);
        // A logged read aimed at rows outside the read scope: the nation's has none.
        if (!variants.length && !(logged && role === 'MINISTRY')) problems.push([role, `${m.name}: no ${shape.kinds.join('/')} row outside the scope to aim at: add one to access-walk.world.ts`]);
        for (const v of variants) {
          for (const term of shape.usesTerm ? ['S1', 'S2'] : ['S1']) {
            const vars = mutationArgs(m, v.rows, v.out, term, false);
            const twinVars = mutationArgs(m, v.rows, v.out, term, true);
            await resetFailureCounters(api.db);
            const res = await api.exec(world.viewers[role], shape.text, vars);
            const twin = await api.exec(world.viewers[role], shape.text, twinVars);
            const supplied = [...suppliedValues(vars), ...suppliedValues(twinVars)];
            const code = res.errors?.[0]?.extensions?.code;
            const label = `${m.name}(${v.label})`;
            if (!res.errors?.length) problems.push([role, `${label}: succeeded`]);
            else if (!sameAnswer(res, twin, supplied)) problems.push([role, `${label}: answers ${summary(res)}, a missing row ${summary(twin)}`]);
            // With the IN world's other rows, a state of theirs (a term not closed, locked grades) may refuse first.
            else if (![...REFUSALS, ...(v.out.size < shape.kinds.length ? STATE_REFUSALS : [])].includes(code!)) problems.push([role, `${label}: answers ${summary(res)}`]);
            problems.push(...(await leaks(role, label, res, markers, supplied)));
          }
        }
      }
      const wrote = changedTables(before, await snapshot(api.db));
      if (wrote.length) problems.push(['a role', `${m.name}: wrote ${wrote.join(', ')}`]);
    }
    expectNone(problems);
    // Every mutation × role × variant, one after another: about 40 s alone on 2 cores, more beside other tests.
  }, 180_000);

  it('walks every field of every object type and every root field', async () => {
    for (const role of ROLES) await probes(role); // plans every selection, also when run alone
    for (const m of Object.values(schema.getMutationType()!.getFields())) if (!PUBLIC_MUTATIONS.includes(m.name)) await mutationShape(m);
    const roots = new Set([schema.getQueryType()!.name, schema.getMutationType()!.name]);
    const reachable = reachableTypes(schema);
    const fields = Object.values(schema.getTypeMap())
      .filter((t) => isObjectType(t) && reachable.has(t.name) && !roots.has(t.name))
      .flatMap((t) => Object.keys((t as { getFields: () => object }).getFields()).map((f) => `${t.name}.${f}`));
    expect(fields.filter((f) => !seen.has(f) && !NOT_WALKED[f])).toEqual([]);
    expect(Object.keys(NOT_WALKED).filter((f) => !fields.includes(f))).toEqual([]);
    expect(PUBLIC_MUTATIONS.filter((m) => !schema.getMutationType()!.getFields()[m])).toEqual([]);
  });

  /** A mutation's operation text, the kinds of rows its input names and whether it takes a term; a string says why it cannot be walked. */
  async function mutationShape(m: GraphQLField<unknown, unknown>): Promise<{ text: string; kinds: string[]; usesTerm: boolean } | string> {
    const kinds = new Set<string>();
    const probe = (term: string) => {
      const ctx: FillContext = { nodeTypes, idKind: ID_KINDS[m.name], term, values: VALUES, ref: (kind, byKey) => (kinds.add(kind), missing(kind, byKey)) };
      return JSON.stringify(m.args.map((a) => fill(a.type, a.name, { ...ctx, values: { ...VALUES, base64: 'x', date: 'x' } }, `${m.name}.${a.name}`)));
    };
    let usesTerm: boolean;
    try {
      usesTerm = probe('S1') !== probe('S2');
    } catch (e) {
      if (e instanceof Unfillable) return `mutation ${m.name}: cannot fill ${e.message}; add it to VALUES or OVERRIDES`;
      throw e;
    }
    if (!kinds.size) return `mutation ${m.name}: no input names a row; add it to OVERRIDES`;
    const type = getNamedType(m.type);
    const sels = isLeafType(type) ? '' : ` { ${print(selectionOf(schema, type, SHALLOW))} }`;
    const args = m.args.map((a) => `${a.name}: $${a.name}`).join(', ');
    const text = operation('mutation', m.args.map((a) => `$${a.name}: ${String(a.type)}`), `${m.name}${args ? `(${args})` : ''}${sels}`);
    if (!isLeafType(type)) visited(selectionOf(schema, type, SHALLOW), seen);
    return { text, kinds: [...kinds], usesTerm };
  }

  /** Rows a mutation call names: every kind outside the scope at once, then one at a time with the IN world's other rows. */
  function mutationVariants(role: RoleName, kinds: string[], readOnly: boolean): { rows: Record<string, Row>; out: Set<string>; label: string }[] {
    const aimed = readOnly ? isOut : isWriteTarget;
    const targets = (k: string) => rowsOf(k).filter((r) => r !== world.anchors[k] && aimed(role, r));
    if (kinds.some((k) => !targets(k).length)) return []; // reported: the world lacks such a row
    const variants: { rows: Record<string, Row>; out: Set<string> }[] = [];
    const longest = Math.max(...kinds.map((k) => targets(k).length));
    for (let i = 0; i < longest; i++) variants.push({ rows: Object.fromEntries(kinds.map((k) => [k, targets(k)[i % targets(k).length]])), out: new Set(kinds) });
    if (kinds.length > 1 && kinds.every((k) => world.anchors[k])) {
      const anchors = Object.fromEntries(kinds.map((k) => [k, world.anchors[k]]));
      for (const k of kinds) for (const r of targets(k)) variants.push({ rows: { ...anchors, [k]: r }, out: new Set([k]) });
    }
    return variants.map((v) => ({ ...v, label: kinds.map((k) => v.rows[k].label).join(', ') }));
  }

  function mutationArgs(m: GraphQLField<unknown, unknown>, rows: Record<string, Row>, out: Set<string>, term: string, twin: boolean): Record<string, unknown> {
    const values = { ...VALUES, date: term === 'S1' ? '2025-11-17' : '2026-03-16', ...OVERRIDES[m.name]?.(world, rows, term) };
    const ref = (kind: string, byKey: boolean) => (twin && out.has(kind) ? missing(kind, byKey) : byKey ? rows[kind].key : rows[kind].gid);
    return Object.fromEntries(m.args.map((a) => [a.name, fill(a.type, a.name, { nodeTypes, idKind: ID_KINDS[m.name], ref, term, values }, `${m.name}.${a.name}`)]));
  }
});

/** Fails with the checklist the lead works through: role(s), path, the rows it shows. */
function expectNone(problems: Problem[]): void {
  const lines = checklist(problems);
  if (lines.length) expect.fail(`${lines.length} leaks:\n${lines.slice(0, 300).join('\n')}${lines.length > 300 ? `\n… and ${lines.length - 300} more` : ''}`);
}
