import DataLoader from 'dataloader';
import { type ObjectLiteral, type EntityTarget, type SelectQueryBuilder } from 'typeorm';
import { type Context } from '../context.js';
import { type Viewer } from '../auth/viewer.js';
import { type Connection, type CursorValues, DEFAULT_PAGE, decodeCursor, toConnection } from '../graphql/connection.js';

export type Scope = (viewer: Viewer, idExpression: string) => string;

/**
 * A per-request loader of rows by id, filtered by the row scope: ids outside the viewer's
 * scope load as null, exactly as ids that do not exist. One statement per batch.
 */
export function byIdLoader<T extends ObjectLiteral & { id: number | string }>(
  ctx: Context,
  entity: EntityTarget<T>,
  scope?: { fn: Scope; column: string },
): DataLoader<number, T | null> {
  return new DataLoader(async (ids) => {
    const qb = ctx.db.getRepository(entity).createQueryBuilder('t').where('t.id = ANY(:ids)', { ids: [...ids] });
    if (scope) qb.andWhere(scope.fn(ctx.viewer!, `t.${scope.column}`));
    const rows = await qb.getMany();
    const byId = new Map(rows.map((r) => [Number(r.id), r]));
    return ids.map((id) => byId.get(Number(id)) ?? null);
  });
}

/** A per-request loader of all rows sharing a parent key (small lists: subjects, provinces). */
export function byParentLoader<T extends ObjectLiteral>(
  ctx: Context,
  entity: EntityTarget<T>,
  parentColumn: string,
  parentOf: (row: T) => number,
  extra?: (qb: SelectQueryBuilder<T>) => void,
): DataLoader<number, T[]> {
  return new DataLoader(async (keys) => {
    const qb = ctx.db.getRepository(entity).createQueryBuilder('t').where(`t.${parentColumn} = ANY(:keys)`, { keys: [...keys] });
    extra?.(qb);
    const rows = await qb.getMany();
    return keys.map((k) => rows.filter((r) => parentOf(r) === Number(k)));
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
  qb: SelectQueryBuilder<T>,
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
