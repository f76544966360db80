import ExcelJS from 'exceljs';
import {
  type GraphQLField, type GraphQLInputType, type GraphQLNamedType, type GraphQLSchema,
  Lexer, Source, TokenKind, getNamedType, isAbstractType, isEnumType, isInputObjectType, isLeafType, isListType, isNonNullType, isObjectType,
} from 'graphql';
import { type DataSource } from 'typeorm';

// The machinery of the access walk (app/__tests__/access-walk.int-spec.ts): selections generated
// from the schema, split to fit the server's limits, leaves of an answer, generic input filling
// and a snapshot of every table. It knows the schema, not the authorization code.

/** One field of a generated selection (or an inline fragment when `on` is set). */
export interface Sel { owner: string; field: string; alias?: string; args: string; on?: string; children: Sel[] }

/** Object levels below a root field: School → classes → students → edges → node, SchoolClass → results → students → subjects → derivation. */
export const DEEP = 4;
/** Enough to see a row's own fields (and a connection's nodes). */
export const SHALLOW = 2;

/**
 * The selection of every field of `type` down to `depth` object levels, each type at most once
 * per path; a field taking a term is asked for each term (aliases), and below it in that term only.
 */
export function selectionOf(schema: GraphQLSchema, type: GraphQLNamedType, depth: number, path: string[] = [type.name], term?: string): Sel[] {
  if (isAbstractType(type)) {
    const fragments = schema.getPossibleTypes(type).map((t) => ({ owner: type.name, field: '', on: t.name, args: '', children: selectionOf(schema, t, depth, [...path, t.name], term) }));
    return [{ owner: type.name, field: '__typename', args: '', children: [] }, ...fragments];
  }
  if (!isObjectType(type)) return [];
  const out: Sel[] = [];
  for (const f of Object.values(type.getFields())) {
    const named = getNamedType(f.type);
    for (const v of nestedArgs(f, term) ?? []) {
      const sel = { owner: type.name, field: f.name, alias: v.alias, args: v.args, children: [] as Sel[] };
      if (isLeafType(named)) out.push(sel);
      else if (depth > 0) {
        // A type already on the path (a way back, e.g. Enrolment.student under Student): its scalars only.
        sel.children = selectionOf(schema, named, path.includes(named.name) ? 0 : depth - 1, [...path, named.name], v.term);
        if (sel.children.length) out.push(sel);
      }
    }
  }
  return out;
}

// Arguments of nested fields: `first` as a variable (100), `year` 2025-2026, a term as the path's
// or else each term (and none when optional), a required enum's first value; null when a required
// argument cannot be filled.
function nestedArgs(f: GraphQLField<unknown, unknown>, pathTerm?: string): { alias?: string; args: string; term?: string }[] | null {
  let variants: { alias?: string; args: string[]; term?: string }[] = [{ args: [], term: pathTerm }];
  for (const a of f.args) {
    const named = getNamedType(a.type);
    const add = (arg: string, alias?: string, term?: string) => (v: (typeof variants)[number]) => ({ alias: alias ?? v.alias, args: [...v.args, arg], term: term ?? v.term });
    if (a.name === 'first') variants = variants.map(add('first: $first'));
    else if (a.name === 'year') variants = variants.map(add('year: "2025-2026"'));
    // A support programme by its code, and a month of the year (School.entitlements).
    else if (a.name === 'programmeCode') variants = variants.map(add('programmeCode: "TAYSSIR"'));
    else if (a.name === 'month') variants = variants.map(add('month: "2025-11"'));
    else if (named.name === 'Term' && pathTerm) variants = variants.map(add(`${a.name}: ${pathTerm}`));
    else if (named.name === 'Term') {
      const terms = ['S1', 'S2'].flatMap((t) => variants.map(add(`${a.name}: ${t}`, `${f.name}_${t}`, t)));
      variants = isNonNullType(a.type) ? terms : [...variants, ...terms];
    } else if (isNonNullType(a.type)) {
      if (!isEnumType(named)) return null;
      variants = variants.map(add(`${a.name}: ${named.getValues()[0].name}`));
    }
  }
  return variants.map((v) => ({ alias: v.alias, args: v.args.length ? `(${v.args.join(', ')})` : '', term: v.term }));
}

export function print(sels: Sel[]): string {
  return sels
    .map((s) => (s.on ? `... on ${s.on} { ${print(s.children)} }` : `${s.alias ? `${s.alias}: ` : ''}${s.field}${s.args}${s.children.length ? ` { ${print(s.children)} }` : ''}`))
    .join(' ');
}

/**
 * Pieces that together select what `sels` selects, each accepted by `fits` (given a piece at this
 * level, it wraps it in its parents): branches packed greedily, a branch too big packed inside.
 */
export function pack(sels: Sel[], fits: (s: Sel[]) => boolean): Sel[][] {
  if (fits(sels)) return [sels];
  const leaves = sels.filter((s) => !s.children.length);
  if (leaves.length === sels.length) {
    const half = Math.ceil(leaves.length / 2);
    return leaves.length > 1 ? [...pack(leaves.slice(0, half), fits), ...pack(leaves.slice(half), fits)] : [sels];
  }
  const pieces: Sel[][] = [];
  let current = [...leaves];
  for (const b of sels.filter((s) => s.children.length)) {
    if (current.length > leaves.length && !fits([...current, b])) [pieces[pieces.length], current] = [current, [...leaves]];
    if (current.length === leaves.length && !fits([...current, b])) {
      pieces.push(...pack(b.children, (c) => fits([...leaves, { ...b, children: c }])).map((c) => [...leaves, { ...b, children: c }]));
    } else current.push(b);
  }
  if (current.length > leaves.length || !pieces.length) pieces.push(current);
  return pieces;
}

/** Aliases of a selection, as the server's alias limit counts them. */
export const aliasCount = (sels: Sel[]): number => sels.reduce((n, s) => n + (s.alias ? 1 : 0) + aliasCount(s.children), 0);

/** Lexical tokens of an operation, as the server's token limit counts them. */
export function tokenCount(text: string): number {
  const lexer = new Lexer(new Source(text));
  let n = 0;
  while (lexer.advance().kind !== TokenKind.EOF) n++;
  return n;
}

/** Object types some root field can answer (a type no field returns is only printed, never walked). */
export function reachableTypes(schema: GraphQLSchema): Set<string> {
  const seen = new Set<string>();
  const visit = (type: GraphQLNamedType) => {
    if (seen.has(type.name)) return;
    seen.add(type.name);
    if (isAbstractType(type)) schema.getPossibleTypes(type).forEach(visit);
    if (isObjectType(type)) for (const f of Object.values(type.getFields())) visit(getNamedType(f.type));
  };
  [schema.getQueryType(), schema.getMutationType()].forEach((t) => t && visit(t));
  return seen;
}

/** `Type.field` pairs a selection visits. */
export function visited(sels: Sel[], into = new Set<string>()): Set<string> {
  for (const s of sels) {
    if (!s.on && s.field !== '__typename') into.add(`${s.owner}.${s.field}`);
    visited(s.children, into);
  }
  return into;
}

export interface Leaf { path: string; value: unknown }

/** Every scalar of an answer with its path (aliases kept, list indices dropped); a grade sheet's cells too. */
export async function leavesOf(value: unknown, path: string, out: Leaf[] = []): Promise<Leaf[]> {
  if (value === null || value === undefined) return out;
  if (Array.isArray(value)) for (const v of value) await leavesOf(v, path, out);
  else if (typeof value === 'object') for (const [k, v] of Object.entries(value)) await leavesOf(v, `${path}.${k}`, out);
  else if (typeof value === 'string' && value.startsWith('UEsDB')) out.push(...(await sheetCells(value, path)));
  else out.push({ path, value });
  return out;
}

// An .xlsx in base64 (a zip: "PK…"): its cells, so that a grade sheet's names are read too.
async function sheetCells(base64: string, path: string): Promise<Leaf[]> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(base64, 'base64') as unknown as ArrayBuffer);
  const cells: Leaf[] = [];
  book.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => cells.push({ path: `${path}[xlsx]`, value: cell.text }))));
  return cells;
}

/** What a role must not see: global ids, texts (found inside any string) and grade values, each with a label. */
export interface Markers { ids: Map<string, string>; texts: Map<string, string>; numbers: Map<number, string> }

export function markedIn(value: unknown, m: Markers): string | undefined {
  if (typeof value === 'number') return m.numbers.get(value);
  if (typeof value !== 'string') return undefined;
  if (m.ids.has(value)) return m.ids.get(value);
  for (const [text, label] of m.texts) if (value.includes(text)) return label;
  return undefined;
}

/** Where an answer shows rows it must not: the shallowest object paths carrying a marker, with the rows they betray. */
export function exposures(leaves: Leaf[], m: Markers): Map<string, Set<string>> {
  const found = new Map<string, Set<string>>();
  for (const leaf of leaves) {
    const which = markedIn(leaf.value, m);
    if (!which) continue;
    // Below the root field, the object holding the value ('' for the root's own row).
    const at = leaf.path.split('.').slice(2, -1).join('.');
    found.set(at, (found.get(at) ?? new Set()).add(which));
  }
  const paths = [...found.keys()];
  for (const p of paths) if (paths.some((q) => q !== p && (q === '' || p.startsWith(`${q}.`)))) found.delete(p);
  return found;
}

/** The strings a caller sent: echoing them back reveals nothing. */
export function suppliedValues(vars: unknown): string[] {
  if (typeof vars === 'string') return vars.length > 3 ? [vars] : [];
  if (vars && typeof vars === 'object') return Object.values(vars).flatMap(suppliedValues);
  return [];
}

export const withoutSupplied = (text: string, supplied: string[]) => supplied.reduce((t, s) => t.split(s).join('…'), text);

export interface Answer {
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: { code?: string; field?: string; reason?: string } }[];
}

/** The same data and the same errors (code, reason, field, message but for the values sent). */
export function sameAnswer(a: Answer, b: Answer, supplied: string[]): boolean {
  const shape = (r: Answer) => JSON.stringify({
    data: r.data ?? null,
    errors: r.errors?.map((e) => ({ message: withoutSupplied(e.message, supplied), code: e.extensions?.code, reason: e.extensions?.reason, field: e.extensions?.field })),
  });
  return shape(a) === shape(b);
}

export function summary(r: Answer): string {
  const e = r.errors?.[0];
  if (e) return `${e.extensions?.code}${e.extensions?.reason ? `/${e.extensions.reason}` : ''} "${e.message}"`;
  return JSON.stringify(r.data).slice(0, 80);
}

/** [who, what]: a role (or the schema) and what went wrong. */
export type Problem = [string, string];

/** The checklist: one line per problem, the roles that share it on the same line, sorted. */
export function checklist(problems: Problem[]): string[] {
  const byText = new Map<string, Set<string>>();
  for (const [who, text] of problems) byText.set(text, (byText.get(text) ?? new Set()).add(who));
  return [...byText].map(([text, who]) => `${[...who].join(',')} ${text}`).sort();
}

/** How a row is named in an input: its code (codeMassar, code) or its global id (`…Id`, `…Ids`); null: not a row. */
export function refKind(name: string, type: GraphQLNamedType, nodeTypes: string[]): { kind: string; byKey: boolean } | null {
  if (name === 'codeMassar' || name === 'codesMassar') return { kind: 'Student', byKey: true };
  // A school by its code: `code`, or an input's `schoolCode`, `toSchoolCode`, `fromSchoolCodes`.
  if (/^(code|schoolCode|[a-z]+SchoolCodes?)$/.test(name)) return { kind: 'School', byKey: true };
  // A row by its global id: `…Id`, or a list of them `…Ids` (justifyAbsence's absenceIds).
  if (type.name !== 'ID' || !/Ids?$/.test(name)) return null;
  const prefix = name.replace(/Ids?$/, '').toLowerCase();
  // A teacher is a StaffMember (assignTeacher's teacherId).
  if (prefix === 'teacher' && nodeTypes.includes('StaffMember')) return { kind: 'StaffMember', byKey: false };
  const kind = nodeTypes.find((t) => t.toLowerCase() === prefix) ?? nodeTypes.find((t) => t.toLowerCase().endsWith(prefix))
    ?? nodeTypes.find((t) => t.toLowerCase().startsWith(prefix)); // absenceIds: AbsenceRecord
  return kind ? { kind, byKey: false } : null;
}

/** A required input the walk cannot fill: its path (the test says where to add a value). */
export class Unfillable extends Error {}

export interface FillContext {
  nodeTypes: string[];
  /** The kind of row an argument named `id` names (a mutation's entry in the walk's ID_KINDS). */
  idKind?: string;
  /** The value naming a row of this kind in this variant. */
  ref: (kind: string, byKey: boolean) => unknown;
  term: string;
  /** Plain values by field name (the mutation's overrides first). */
  values: Record<string, unknown>;
}

/** A value of an input type: rows from `ref`, terms from `term`, the rest from `values`; required enums take their first value. */
export function fill(type: GraphQLInputType, name: string, ctx: FillContext, path: string, required = false): unknown {
  if (isNonNullType(type)) return fill(type.ofType, name, ctx, path, true);
  if (isListType(type)) {
    const one = fill(type.ofType, name, ctx, path, required);
    return one === undefined ? undefined : [one];
  }
  if (name in ctx.values) return ctx.values[name];
  if (isInputObjectType(type)) {
    const object: Record<string, unknown> = {};
    for (const f of Object.values(type.getFields())) {
      const v = fill(f.type, f.name, ctx, `${path}.${f.name}`);
      if (v !== undefined) object[f.name] = v;
    }
    return object;
  }
  const ref = name === 'id' && ctx.idKind ? { kind: ctx.idKind, byKey: false } : refKind(name, type, ctx.nodeTypes);
  if (ref) return ctx.ref(ref.kind, ref.byKey);
  if (type.name === 'Term') return ctx.term;
  if (required && isEnumType(type)) return type.getValues()[0].name;
  if (required) throw new Unfillable(path);
  return undefined;
}

/**
 * Tables that count refused attempts on purpose (a destination's failed lookups by code and birth
 * date): a refusal writes them by design, so the walk does not fingerprint them, and empties them
 * before each attempt so that a budget used up by earlier attempts does not change the answer.
 */
export const FAILURE_COUNTERS = ['transfer_probe'];

export async function resetFailureCounters(db: DataSource): Promise<void> {
  await db.query(`TRUNCATE ${FAILURE_COUNTERS.join(', ')}`);
}

/** A fingerprint of every table (but the failure counters), to tell that a refused write wrote nothing. */
export async function snapshot(db: DataSource): Promise<Map<string, string>> {
  const tables: { relname: string }[] = await db.query(
    `SELECT relname FROM pg_class WHERE relnamespace = 'public'::regnamespace AND relkind IN ('r', 'p') AND NOT relispartition
       AND relname <> ALL($1::text[]) ORDER BY relname`,
    [FAILURE_COUNTERS],
  );
  const rows: { t: string; h: string }[] = await db.query(
    tables.map(({ relname }) => `SELECT '${relname}' AS t, count(*) || ':' || md5(coalesce(string_agg(x::text, '|' ORDER BY x::text), '')) AS h FROM "${relname}" x`).join(' UNION ALL '),
  );
  return new Map(rows.map((r) => [r.t, r.h]));
}

export function changedTables(before: Map<string, string>, after: Map<string, string>): string[] {
  return [...after].filter(([t, h]) => before.get(t) !== h).map(([t]) => t);
}

/** Runs tasks a few at a time (one embedded PostgreSQL, a small pool). */
export async function inParallel<T>(items: T[], run: (item: T) => Promise<void>, width = 4): Promise<void> {
  const queue = [...items];
  await Promise.all(Array.from({ length: width }, async () => {
    for (let item = queue.shift(); item !== undefined; item = queue.shift()) await run(item);
  }));
}
