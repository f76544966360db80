import { type NextFunction, type Request, type Response } from 'express';
import { type Logger } from 'pino';
import { CoreErrorReason } from '../errors.js';
import { serializeError } from '../logger.js';
import { NUL_MESSAGE, requestContainsNul } from './request-guards.js';

// Requests refused before GraphQL sees them answer the same JSON shape as a GraphQL error,
// never express's HTML page (which shows the stack and the server's paths).

export const BODY_LIMIT = '2mb';

/** The answers to body-parser's refusals, by its error type; fixed texts that echo nothing sent. */
const BODY_ERRORS: Record<string, { status: number; reason: CoreErrorReason; message: string }> = {
  'entity.parse.failed': { status: 400, reason: CoreErrorReason.INVALID_JSON, message: 'The request body is not a JSON object' },
  'entity.too.large': { status: 413, reason: CoreErrorReason.BODY_TOO_LARGE, message: `The request body is larger than ${BODY_LIMIT.toUpperCase()}` },
  'charset.unsupported': { status: 415, reason: CoreErrorReason.UNSUPPORTED_CHARSET, message: 'Send the request body in UTF-8' },
  'encoding.unsupported': { status: 415, reason: CoreErrorReason.UNSUPPORTED_ENCODING, message: 'This Content-Encoding is not supported (use gzip, deflate, br or none)' },
  'request.aborted': { status: 400, reason: CoreErrorReason.REQUEST_ABORTED, message: 'The request body was not received in full' },
  'request.size.invalid': { status: 400, reason: CoreErrorReason.INVALID_BODY, message: 'The request body does not match its Content-Length' },
};

export function sendError(res: Response, status: number, code: string, reason: CoreErrorReason, message: string): void {
  res.status(status).type('application/json').send(JSON.stringify({ errors: [{ message, extensions: { code, reason } }] }));
}

/** Before Apollo: a NUL anywhere in the request is refused (PostgreSQL cannot store it). */
export function guardGraphQLRequest(req: Request, res: Response, next: NextFunction): void {
  if (requestContainsNul(req)) return sendError(res, 400, 'BAD_USER_INPUT', CoreErrorReason.NUL_CHARACTER, NUL_MESSAGE);
  next();
}

/** The last handler of the app: any error that reached express, answered as JSON. */
export function jsonErrorHandler(log: Logger) {
  return (error: unknown, _req: Request, res: Response, next: NextFunction): void => {
    if (res.headersSent) return next(error);
    const e = error as { type?: string; status?: number; statusCode?: number };
    const known = e.type ? BODY_ERRORS[e.type] : undefined;
    if (known) return sendError(res, known.status, 'BAD_REQUEST', known.reason, known.message);
    const status = e.status ?? e.statusCode ?? 500;
    // A malformed body (a gzip stream that does not inflate, a bad URL encoding): the client's.
    if (status >= 400 && status < 500) return sendError(res, status, 'BAD_REQUEST', CoreErrorReason.MALFORMED_REQUEST, 'This request is malformed');
    log.error({ err: serializeError(error) }, 'unexpected error');
    sendError(res, 500, 'INTERNAL_SERVER_ERROR', CoreErrorReason.INTERNAL, 'Something went wrong on our side');
  };
}

/** Paths nothing serves (a POST to an app page, an unknown API path): JSON, not "Cannot POST". */
export function notFoundHandler(_req: Request, res: Response): void {
  sendError(res, 404, 'NOT_FOUND', CoreErrorReason.NOT_FOUND, 'Nothing is served at this address');
}
