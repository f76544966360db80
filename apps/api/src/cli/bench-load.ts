import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';

/** One GraphQL operation sent by `clients` concurrent clients for `seconds`, each request with the next token. */
export interface LoadOptions {
  url: string;
  query: string;
  /** Cycled through like the tokens: request i sends variables[i % length]. */
  variables?: Record<string, unknown>[];
  tokens: string[];
  clients: number;
  seconds: number;
  /** Stop after this many requests in all, if the deadline has not come first. */
  requests?: number;
}

export interface LoadResult {
  /** Latencies of the requests that succeeded. */
  ms: number[];
  errors: number;
  firstError: string | null;
  elapsedMs: number;
}

const REQUEST_TIMEOUT_MS = 30_000;

/**
 * Runs the load in a worker thread, so that the clients do not share the event loop of the
 * in-process server they measure. fetch keeps its connections alive: one per client.
 */
export function runLoad(options: LoadOptions): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL(import.meta.url), { workerData: { massarBenchLoad: options } });
    worker.once('message', (result: LoadResult) => resolve(result));
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`load worker exited with code ${code} before answering`)));
  });
}

/** Every client sends its next request as soon as the previous one is answered, until the deadline. */
export async function load({ url, query, variables, tokens, clients, seconds, requests = Infinity }: LoadOptions): Promise<LoadResult> {
  const started = performance.now();
  const deadline = started + seconds * 1000;
  const result: LoadResult = { ms: [], errors: 0, firstError: null, elapsedMs: 0 };
  let next = 0;
  const bodies = (variables?.length ? variables : [undefined]).map((v) => JSON.stringify({ query, variables: v }));
  const client = async () => {
    while (performance.now() < deadline && next < requests) {
      const i = next++;
      const token = tokens[i % tokens.length];
      const body = bodies[i % bodies.length];
      const sent = performance.now();
      try {
        const response = await fetch(`${url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body,
          signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
        });
        const answer = (await response.json()) as { data?: unknown; errors?: { message: string }[] };
        if (!response.ok || answer.errors?.length || !answer.data) throw new Error(answer.errors?.map((e) => e.message).join('; ') ?? `HTTP ${response.status}`);
        result.ms.push(performance.now() - sent);
      } catch (error) {
        result.errors++;
        result.firstError ??= (error as Error).message;
      }
    }
  };
  await Promise.all(Array.from({ length: clients }, client));
  result.elapsedMs = performance.now() - started;
  return result;
}

if (!isMainThread && workerData?.massarBenchLoad) {
  load(workerData.massarBenchLoad as LoadOptions).then(
    (result) => parentPort!.postMessage(result),
    (error: unknown) => {
      throw error;
    },
  );
}
