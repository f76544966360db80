// The part of autocannon 8's API the benchmark uses (the package ships no types).
declare module 'autocannon' {
  import { type EventEmitter } from 'node:events';

  interface Request {
    method?: string;
    path?: string;
    headers?: Record<string, string>;
    body?: string;
  }

  interface RequestSpec extends Request {
    /** Called before each request: what it returns is sent (null skips it). */
    setupRequest?: (request: Request, context: object) => Request | null;
    onResponse?: (status: number, body: string, context: object, headers: Record<string, string | string[]>) => void;
  }

  interface Options {
    url: string;
    connections?: number;
    /** Seconds. */
    duration?: number;
    amount?: number;
    /** Requests a second over all connections (each one paced; still one request in flight per connection). */
    overallRate?: number;
    /** Seconds before a request counts as timed out. */
    timeout?: number;
    requests?: RequestSpec[];
  }

  interface Result {
    errors: number;
    timeouts: number;
    non2xx: number;
    duration: number;
  }

  interface Instance extends EventEmitter, PromiseLike<Result> {
    stop(): void;
  }

  function autocannon(options: Options): Instance;
  // eslint-disable-next-line no-restricted-syntax -- the package's module.exports is this function
  export default autocannon;
}
