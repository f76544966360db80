import { createHash } from 'node:crypto';
import { pino, stdSerializers, type DestinationStream, type Logger, type LoggerOptions } from 'pino';

// Credentials never reach a log line: the paths below are censored wherever they appear.
export const REDACTED_PATHS = [
  'password', '*.password', 'variables.input.password', 'req.headers.cookie', 'req.headers.authorization',
  'res.headers["set-cookie"]', 'token', '*.token',
];

export function loggerOptions(level: string): LoggerOptions {
  return { level, redact: { paths: REDACTED_PATHS, censor: '[redacted]' }, serializers: { err: serializeError } };
}

export function createLogger(level: string, destination?: DestinationStream): Logger {
  return destination ? pino(loggerOptions(level), destination) : pino(loggerOptions(level));
}

/**
 * What the log keeps of a failed SQL statement: which statement (a fingerprint of its text and
 * its first words) and PostgreSQL's code and constraint. Never its parameters, nor PostgreSQL's
 * message and detail, which quote values ('Key (code_massar)=(…)', 'invalid input syntax: "…"').
 */
export interface StatementFailure {
  type: string;
  statement: string | null;
  sqlState: string | null;
  constraint?: string;
  table?: string;
  column?: string;
}

interface DatabaseErrorShape {
  name?: string;
  query?: unknown;
  code?: unknown;
  severity?: unknown;
  constraint?: string;
  table?: string;
  column?: string;
  driverError?: unknown;
  cause?: unknown;
}

/** A TypeORM QueryFailedError or a pg DatabaseError, found on the error or its causes. */
function databaseErrorIn(error: unknown, depth = 0): DatabaseErrorShape | null {
  if (!error || typeof error !== 'object' || depth > 5) return null;
  const e = error as DatabaseErrorShape;
  if (typeof e.query === 'string' || e.name === 'QueryFailedError' || (typeof e.code === 'string' && typeof e.severity === 'string')) return e;
  return databaseErrorIn(e.cause, depth + 1);
}

export function statementFingerprint(sql: string): string {
  const head = sql.trim().split(/\s+/).slice(0, 3).join(' ').split('(')[0].slice(0, 60);
  const hash = createHash('sha256').update(sql).digest('hex').slice(0, 12);
  return `${head} #${hash}`;
}

export function describeStatementFailure(error: DatabaseErrorShape): StatementFailure {
  const driver = (error.driverError ?? error) as DatabaseErrorShape;
  const failure: StatementFailure = {
    type: error.name ?? 'DatabaseError',
    statement: typeof error.query === 'string' ? statementFingerprint(error.query) : null,
    sqlState: typeof driver.code === 'string' ? driver.code : null,
  };
  if (driver.constraint) failure.constraint = driver.constraint;
  if (driver.table) failure.table = driver.table;
  if (driver.column) failure.column = driver.column;
  return failure;
}

/**
 * pino's `err` serializer: a database error (or an error caused by one) becomes its statement
 * failure; anything else is pino's usual serialization (type, message, stack).
 */
export function serializeError(error: unknown): unknown {
  const database = databaseErrorIn(error);
  if (database) return describeStatementFailure(database);
  return error instanceof Error ? stdSerializers.err(error) : error;
}
