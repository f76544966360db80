import { type ClassType, ArgsType, Field, Int, ObjectType } from 'type-graphql';
import { IsOptional, Max, Min } from 'class-validator';
import { badInput, CoreErrorReason } from '../errors.js';

@ObjectType()
export class PageInfo {
  @Field() hasNextPage: boolean;
  @Field() hasPreviousPage: boolean;
  @Field(() => String, { nullable: true }) startCursor: string | null;
  @Field(() => String, { nullable: true }) endCursor: string | null;
}

@ArgsType()
export class ConnectionArgs {
  @Field(() => Int, { nullable: true, description: 'At most 100.' })
  @IsOptional()
  @Min(0)
  @Max(100)
  first?: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  after?: string;
}

export interface Connection<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** Builds the Relay connection type of T (StudentConnection, SchoolConnection…). */
export function ConnectionType<T extends object>(node: ClassType<T>, name = node.name) {
  @ObjectType(`${name}Edge`)
  class Edge {
    @Field() cursor: string;
    @Field(() => node) node: T;
  }
  @ObjectType(`${name}Connection`)
  class ConnectionClass {
    @Field(() => [Edge]) edges: Edge[];
    @Field(() => PageInfo) pageInfo: PageInfo;
    @Field(() => Int) totalCount: number;
  }
  return ConnectionClass;
}

export const DEFAULT_PAGE = 25;

// Cursor: base64url JSON of the sort values plus the id (keyset pagination).
export type CursorValues = (string | number | null)[];

export function encodeCursor(values: CursorValues): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

/**
 * The values of a cursor made by encodeCursor, or BAD_USER_INPUT. Every list sorts on text
 * columns then the row id: a cursor must hold `arity - 1` strings then a positive integer id,
 * or it would reach SQL as a value of the wrong type (or with a NUL byte PostgreSQL refuses).
 */
export function decodeCursor(cursor: string | undefined, arity: number): CursorValues | null {
  if (!cursor) return null;
  const values = parseCursor(cursor);
  if (values && values.length === arity && isCursorShape(values)) return values;
  throw badInput('after', CoreErrorReason.INVALID_CURSOR, 'This cursor is not valid');
}

function parseCursor(cursor: string): unknown[] | null {
  try {
    const values: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    return Array.isArray(values) ? values : null;
  } catch {
    return null;
  }
}

function isCursorShape(values: unknown[]): values is CursorValues {
  const id = values.at(-1);
  const sortKeys = values.slice(0, -1);
  return Number.isSafeInteger(id) && (id as number) > 0 && sortKeys.every((v) => typeof v === 'string' && !v.includes('\0'));
}

/** Assembles a connection from one page fetched with limit + 1 rows. */
export function toConnection<T>(rows: T[], limit: number, totalCount: number, cursorOf: (row: T) => CursorValues, hasPrevious: boolean): Connection<T> {
  const page = rows.slice(0, limit);
  const edges = page.map((node) => ({ node, cursor: encodeCursor(cursorOf(node)) }));
  return {
    edges,
    totalCount,
    pageInfo: {
      hasNextPage: rows.length > limit,
      hasPreviousPage: hasPrevious,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
  };
}
