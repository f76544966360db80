import { type DataSource, type EntityManager } from 'typeorm';
import { forbidden, notFound } from '../errors.js';
import { type Grant, type GrantScope, Permission } from './grants.js';
import { type Viewer } from './viewer.js';

/**
 * The one access mechanism. A module declares, in its `<module>.access.ts`, a rule per kind of
 * row: for each permission that reaches such rows, the SQL condition on the row's id (or foreign
 * key) expression for a grant's scope. A viewer reaches a row when one of its grants does:
 * permissions a rule does not name reach nothing (deny by default).
 */
export type ScopeCondition<R = string> = (scope: GrantScope, row: R) => string;

/**
 * `R` is how the row is named in SQL: most rules take the expression of one id; a rule that
 * needs several columns of the row (a grade: its pupil, class and term) takes an object of them.
 */
export interface AccessRule<R = string> {
  /** What the rule guards, for errors and tests ("Student", "GradeWrite"). */
  readonly name: string;
  readonly conditions: Partial<Record<Permission, ScopeCondition<R>>>;
  /** Said when a visible row is refused by a write rule. */
  readonly refusal?: string;
}

export function defineRule<R = string>(name: string, conditions: AccessRule<R>['conditions'], refusal?: string): AccessRule<R> {
  return { name, conditions, refusal };
}

/** Reference data (regions, levels, subjects, school years): every logged-in account reads it. */
export const anyAccountRule = defineRule('Reference data', Object.fromEntries(Object.values(Permission).map((p) => [p, () => 'true'])));

/** While reachBound() runs: the statement's parameters, which the scope ids are appended to. */
let boundIds: unknown[] | null = null;

/**
 * A scope id in SQL: a literal (only integers from the session's grants reach this), or, inside
 * reachBound(), a bind parameter.
 */
export function scopeId(scope: GrantScope): number | string {
  if (!Number.isSafeInteger(scope.id)) throw new Error(`scope ${scope.kind} without an id`);
  if (!boundIds) return scope.id as number;
  boundIds.push(scope.id);
  return `$${boundIds.length}::bigint`;
}

function grantCondition<R>(rule: AccessRule<R>, grant: Grant, row: R): string | null {
  const condition = rule.conditions[grant.permission];
  return condition ? condition(grant.scope, row) : null;
}

/** The SQL condition "the viewer reaches this row", for a WHERE clause: `false` without a matching grant. */
export function reach<R>(rule: AccessRule<R>, viewer: Viewer, row: R): string {
  const parts = [...new Set(viewer.grants.map((g) => grantCondition(rule, g, row)).filter((c): c is string => c !== null))];
  if (parts.includes('true')) return 'true';
  return parts.length ? `(${parts.map((p) => `(${p})`).join(' OR ')})` : 'false';
}

/**
 * reach() with the scope ids as bind parameters, appended to `parameters` (after the statement's
 * own): the text is then the same for every viewer whose grants are of the same kinds, so that
 * PostgreSQL can prepare it once per connection (preparedQuery) instead of planning it for each
 * viewer. The conditions are built synchronously, so no other statement's ids can slip in.
 */
export function reachBound<R>(rule: AccessRule<R>, viewer: Viewer, row: R, parameters: unknown[]): string {
  boundIds = parameters;
  try {
    return reach(rule, viewer, row);
  } finally {
    boundIds = null;
  }
}

/** Whether some grant of the viewer is one the rule names (no row looked at). */
export const mayReachAny = <R>(rule: AccessRule<R>, viewer: Viewer) => viewer.grants.some((g) => rule.conditions[g.permission]);

/** A rule for rows reached through another kind of row: `via` turns a condition on the other row into one on this row. */
export function throughRule(name: string, base: AccessRule, via: (condition: (row: string) => string, row: string) => string): AccessRule {
  const conditions = Object.fromEntries(
    Object.entries(base.conditions).map(([permission, condition]) => [permission, (scope: GrantScope, row: string) => via((other) => condition(scope, other), row)]),
  );
  return defineRule(name, conditions);
}

type Db = DataSource | EntityManager;

async function countReached(db: Db, rule: AccessRule, viewer: Viewer, ids: number[]): Promise<number> {
  const [row] = await db.query(`SELECT count(*)::int AS n FROM unnest($1::bigint[]) AS x(id) WHERE ${reach(rule, viewer, 'x.id')}`, [ids]);
  return row.n;
}

const distinct = (ids: (number | string)[]) => [...new Set(ids.map(Number))];

/**
 * Refuses unless the viewer reaches every id under a read rule, with NOT_FOUND: outside the
 * scope a row does not exist, the same answer as a missing one. One statement for all ids.
 */
export async function requireVisible(db: Db, viewer: Viewer, rule: AccessRule, ids: (number | string)[], what = rule.name): Promise<void> {
  const unique = distinct(ids);
  if (!unique.length) return;
  if (!mayReachAny(rule, viewer) || (await countReached(db, rule, viewer, unique)) !== unique.length) throw notFound(what);
}

/**
 * Refuses unless the viewer may act on every id under a write rule, with FORBIDDEN and the
 * rule's refusal. Call it after requireVisible, so that only rows the caller can see are said
 * to be refused rather than missing.
 */
export async function requireAccess(db: Db, viewer: Viewer, rule: AccessRule, ids: (number | string)[]): Promise<void> {
  const unique = distinct(ids);
  if (!mayReachAny(rule, viewer)) throw forbidden(rule.refusal);
  if (unique.length && (await countReached(db, rule, viewer, unique)) !== unique.length) throw forbidden(rule.refusal);
}
