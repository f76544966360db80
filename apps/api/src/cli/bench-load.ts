import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import autocannon from 'autocannon';

/** One HTTP POST per request, cycled: request i sends requests[i % length] (its body, with its bearer token if any). */
export interface LoadRequest {
  body: string;
  token?: string;
}

export interface LoadOptions {
  /** The GraphQL endpoint, e.g. http://127.0.0.1:4000/graphql. */
  url: string;
  requests: LoadRequest[];
  connections: number;
  /** Run for this long… */
  seconds?: number;
  /** …or until this many requests are answered. */
  amount?: number;
  /** Offered load, requests a second over all connections (open-loop as far as the connections allow). */
  overallRate?: number;
  timeoutSeconds?: number;
}

/** What came back, by kind. Latencies in ms, as autocannon measures them (from writing the request to the last byte). */
export interface LoadResult {
  /** 2xx with GraphQL data and no `errors`. */
  ms: number[];
  /** 2xx whose body carries GraphQL `errors`. */
  graphqlErrors: number;
  /** 429 and 503 answers: load shed. */
  shed: { count: number; ms: number[]; retryAfter: number; code: string | null };
  /** Every other status, by code. */
  otherStatus: Record<string, number>;
  /** Connection errors and timeouts (timeouts are also counted alone). */
  errors: number;
  timeouts: number;
  firstError: string | null;
  sent: number;
  elapsedMs: number;
}

/**
 * Runs autocannon in a worker thread, so that the load generator does not share the event loop
 * of the in-process server it measures (as a browser would not).
 */
export function runLoad(options: LoadOptions): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL(import.meta.url), { workerData: { massarBenchLoad: options } });
    worker.once('message', (result: LoadResult) => resolve(result));
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`load worker exited with code ${code} before answering`)));
  });
}

type Outcome = 'ok' | 'graphql' | 'shed' | 'other';

export async function load(options: LoadOptions): Promise<LoadResult> {
  const { url, requests, connections, seconds, amount, overallRate, timeoutSeconds = 10 } = options;
  const path = new URL(url).pathname;
  const prepared = requests.map((r) => ({
    method: 'POST',
    path,
    headers: { 'content-type': 'application/json', ...(r.token ? { authorization: `Bearer ${r.token}` } : {}) },
    body: r.body,
  }));
  const result: LoadResult = {
    ms: [], graphqlErrors: 0, shed: { count: 0, ms: [], retryAfter: 0, code: null }, otherStatus: {}, errors: 0, timeouts: 0, firstError: null, sent: 0, elapsedMs: 0,
  };
  let next = 0;
  // onResponse (status, body, headers) runs just before the 'response' event (latency) of the same
  // client, synchronously: the outcome it decided waits here for its latency.
  let pending: Outcome = 'other';
  const onResponse = (status: number, body: string, _context: object, headers: Record<string, string | string[]>) => {
    if (status >= 200 && status < 300) {
      const failed = body.includes('"errors":[') || !body.includes('"data":{');
      pending = failed ? 'graphql' : 'ok';
      if (failed) {
        result.graphqlErrors++;
        result.firstError ??= `HTTP ${status}: ${body.slice(0, 300)}`;
      }
    } else if (status === 429 || status === 503) {
      pending = 'shed';
      if (Object.keys(headers).some((h) => h.toLowerCase() === 'retry-after')) result.shed.retryAfter++;
      result.shed.code ??= shedCode(body);
    } else {
      pending = 'other';
      result.otherStatus[status] = (result.otherStatus[status] ?? 0) + 1;
      result.firstError ??= `HTTP ${status}: ${body.slice(0, 300)}`;
    }
  };
  const started = performance.now();
  const instance = autocannon({
    url,
    connections,
    ...(seconds ? { duration: seconds } : {}),
    ...(amount ? { amount } : {}),
    ...(overallRate ? { overallRate } : {}),
    timeout: timeoutSeconds,
    requests: [{ setupRequest: () => prepared[next++ % prepared.length], onResponse }],
  });
  instance.on('response', (_client: unknown, _status: number, _bytes: number, ms: number) => {
    if (pending === 'ok') result.ms.push(ms);
    else if (pending === 'shed') {
      result.shed.count++;
      result.shed.ms.push(ms);
    }
  });
  instance.on('reqError', (error: Error) => {
    result.firstError ??= error.message;
  });
  const summary = await instance;
  result.elapsedMs = performance.now() - started;
  result.errors = summary.errors;
  result.timeouts = summary.timeouts;
  // Requests built (one each time a connection sends): the offered load actually sent.
  result.sent = next;
  return result;
}

/** The GraphQL error code of a shed answer's JSON body (extensions.code), or what it was instead. */
function shedCode(body: string): string {
  try {
    const parsed = JSON.parse(body) as { errors?: { extensions?: { code?: string } }[] };
    return parsed.errors?.[0]?.extensions?.code ?? 'no errors[0].extensions.code';
  } catch {
    return 'body not JSON';
  }
}

if (!isMainThread && workerData?.massarBenchLoad) {
  load(workerData.massarBenchLoad as LoadOptions).then(
    (result) => parentPort!.postMessage(result),
    (error: unknown) => {
      throw error;
    },
  );
}
