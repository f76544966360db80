import { type NextFunction, type Request, type Response } from 'express';
import { CoreErrorReason, ErrorCode } from '../errors.js';
import { sendError } from './transport-errors.js';

/** Seconds a refused client is told to wait: enough for the requests under way to be answered. */
export const RETRY_AFTER_SECONDS = 1;

/**
 * Past `limit` GraphQL requests under way, the next ones are refused at once (503, Retry-After)
 * instead of queueing: on a results evening twice the traffic a
 * server can answer would otherwise make every request wait, and time out, instead of most being
 * answered in time and the rest told to come back in a second.
 */
export function shedLoad(limit: number) {
  let underWay = 0;
  return (_req: Request, res: Response, next: NextFunction): void => {
    if (underWay >= limit) {
      res.set('Retry-After', String(RETRY_AFTER_SECONDS));
      return sendError(res, 503, ErrorCode.OVERLOADED, CoreErrorReason.OVERLOADED, 'The server is busy: try again in a moment');
    }
    underWay++;
    let released = false;
    const release = () => {
      if (released) return;
      released = true;
      underWay--;
    };
    // 'close' also covers a client that went away before its answer (its work may still be
    // finishing: the limit bounds what clients wait for, it is not a security control).
    res.once('finish', release);
    res.once('close', release);
    next();
  };
}
