import DataLoader from 'dataloader';
import { LRUCache } from 'lru-cache';
import { type ObjectLiteral, type EntityTarget, type SelectQueryBuilder } from 'typeorm';
import { type AccessRule, reach } from '../auth/rules.js';
import { type Context, requireViewer } from '../context.js';
import { type Connection, type CursorValues, DEFAULT_PAGE, decodeCursor, toConnection } from '../graphql/connection.js';
import { perDatabase } from './per-database.js';

/** Which rule guards the rows, and on which of their columns (an entity property) it is evaluated. */
export interface RowScope {
  rule: AccessRule;
  column: string;
}

/**
 * A query builder over rows the viewer reaches, and only those: lists and loaders are built
 * from one, so a row cannot be read without its rule.
 */
export class ScopedQuery<T extends ObjectLiteral> {
  private constructor(readonly qb: SelectQueryBuilder<T>) {}

  static of<T extends ObjectLiteral>(ctx: Context, entity: EntityTarget<T>, alias: string, scope: RowScope): ScopedQuery<T> {
    const qb = ctx.db.getRepository(entity).createQueryBuilder(alias).where(reach(scope.rule, requireViewer(ctx), `${alias}.${scope.column}`));
    return new ScopedQuery(qb);
  }

  /** Rows whose rule needs several columns, some from joined rows (a grade: its assessment's class and term). */
  static over<T extends ObjectLiteral, R>(
    ctx: Context, entity: EntityTarget<T>, alias: string, join: (qb: SelectQueryBuilder<T>) => SelectQueryBuilder<T>, rule: AccessRule<R>, row: R,
  ): ScopedQuery<T> {
    const qb = join(ctx.db.getRepository(entity).createQueryBuilder(alias)).where(reach(rule, requireViewer(ctx), row));
    return new ScopedQuery(qb);
  }
}

/**
 * A per-request loader of rows by id, filtered by their rule: ids outside the viewer's scope
 * load as null, exactly as ids that do not exist. One statement per batch.
 */
export function byIdLoader<T extends ObjectLiteral & { id: number | string }>(ctx: Context, entity: EntityTarget<T>, scope: RowScope): DataLoader<number, T | null> {
  return new DataLoader(async (ids) => {
    const rows = await ScopedQuery.of(ctx, entity, 't', scope).qb.andWhere('t.id = ANY(:ids)', { ids: [...ids] }).getMany();
    const byId = new Map(rows.map((r) => [Number(r.id), r]));
    return ids.map((id) => byId.get(Number(id)) ?? null);
  });
}

/** How long a replica remembers a row of reference data (levels, streams, subjects): migrations change them, nothing else. */
const REFERENCE_MEMORY_MS = 60_000;
const referenceMemory = perDatabase(() => new Map<unknown, LRUCache<number, object>>());

/**
 * byIdLoader for reference data, the same for every account: rows are read once a minute per
 * replica, not in every request (every subject of every child's results on a results evening).
 * The rule still decides who reads them: a viewer it refuses gets nulls, as from byIdLoader, and
 * one it lets read only some rows reads from the database.
 */
export function referenceByIdLoader<T extends ObjectLiteral & { id: number | string }>(ctx: Context, entity: EntityTarget<T>, scope: RowScope): DataLoader<number, T | null> {
  const byDb = referenceMemory(ctx.db);
  const memory = (byDb.get(entity) ?? new LRUCache<number, object>({ max: 10_000, ttl: REFERENCE_MEMORY_MS })) as unknown as LRUCache<number, T>;
  byDb.set(entity, memory as unknown as LRUCache<number, object>);
  const fromDatabase = byIdLoader(ctx, entity, scope);
  return new DataLoader(async (ids) => {
    const condition = reach(scope.rule, requireViewer(ctx), 'id');
    if (condition === 'false') return ids.map(() => null);
    // Only a rule that lets this viewer read every row may be answered from memory.
    if (condition !== 'true') return fromDatabase.loadMany(ids) as Promise<(T | null)[]>;
    // Read once before waiting: a row remembered now may expire while the others load.
    const known = new Map(ids.map((id) => [Number(id), memory.get(Number(id))]));
    const missing = ids.filter((id) => !known.get(Number(id)));
    const loaded = await fromDatabase.loadMany(missing);
    loaded.forEach((row, i) => {
      if (!row || row instanceof Error) return;
      known.set(Number(missing[i]), Object.freeze(row));
      memory.set(Number(missing[i]), row);
    });
    return ids.map((id) => known.get(Number(id)) ?? null);
  });
}

/** A per-request loader of all rows sharing a parent key, filtered by their rule (small lists: subjects, provinces). */
export function byParentLoader<T extends ObjectLiteral>(
  ctx: Context,
  entity: EntityTarget<T>,
  parent: { column: string; of: (row: T) => number },
  scope: RowScope,
  extra?: (qb: SelectQueryBuilder<T>) => void,
): DataLoader<number, T[]> {
  return new DataLoader(async (keys) => {
    const qb = ScopedQuery.of(ctx, entity, 't', scope).qb.andWhere(`t.${parent.column} = ANY(:keys)`, { keys: [...keys] });
    extra?.(qb);
    const rows = await qb.getMany();
    return keys.map((k) => rows.filter((r) => parent.of(r) === Number(k)));
  });
}

export interface PageArgs {
  first?: number;
  after?: string;
}

/**
 * Keyset pagination of a query builder ordered by `sort` columns then id. Two statements: the
 * page (limit + 1) and the total.
 */
export async function paginate<T extends ObjectLiteral>(
  { qb }: ScopedQuery<T>,
  sort: { column: string; valueOf: (row: T) => string | number }[],
  args: PageArgs,
): Promise<Connection<T>> {
  const limit = args.first ?? DEFAULT_PAGE;
  const alias = qb.alias;
  const totalCount = await qb.clone().getCount();
  const columns = [...sort.map((s) => s.column), `${alias}.id`];
  const after = decodeCursor(args.after, columns.length);
  if (after) {
    const params = Object.fromEntries(after.map((v, i) => [`cursor${i}`, v]));
    qb.andWhere(`(${columns.join(', ')}) > (${after.map((_, i) => `:cursor${i}`).join(', ')})`, params);
  }
  for (const column of columns) qb.addOrderBy(column, 'ASC');
  const rows = await qb.take(limit + 1).getMany();
  const cursorOf = (row: T): CursorValues => [...sort.map((s) => s.valueOf(row)), Number(row.id)];
  return toConnection(rows, limit, totalCount, cursorOf, after !== null);
}

/**
 * One DataLoader per distinct page arguments, memoised per request under `key`: a nested list
 * (Province.schools, SchoolClass.students) asked of many parents pages them all in one batch.
 */
export function pageLoader<T>(ctx: Context, key: object, page: PageArgs, loadPages: (parentIds: number[]) => Promise<Connection<T>[]>): DataLoader<number, Connection<T>> {
  let byArgs = ctx.loaders.get(key) as Map<string, DataLoader<number, Connection<T>>> | undefined;
  if (!byArgs) {
    byArgs = new Map();
    ctx.loaders.set(key, byArgs);
  }
  const args = JSON.stringify([page.first ?? DEFAULT_PAGE, page.after ?? null]);
  let made = byArgs.get(args);
  if (!made) {
    made = new DataLoader((ids) => loadPages([...ids]));
    byArgs.set(args, made);
  }
  return made;
}
