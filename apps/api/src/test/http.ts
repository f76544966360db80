import { type Server } from 'node:http';
import { type Logger } from 'pino';
import { type DataSource } from 'typeorm';
import { getSchema } from '../app/schema.js';
import { type AppOptions, createApp } from '../core/http/app.js';
import { createApolloServer } from '../core/http/graphql-server.js';

export interface TestHttp {
  /** http://127.0.0.1:<port> */
  base: string;
  /** Closes the HTTP server and Apollo (the database is the caller's). */
  stop: () => Promise<void>;
}

/** The real HTTP stack (express app + Apollo) over `db` on a free loopback port, as the HTTP tests drive it. */
export async function startTestHttp(db: DataSource, log: Logger, options: Partial<Omit<AppOptions, 'db' | 'apollo' | 'log'>> = {}): Promise<TestHttp> {
  const apollo = createApolloServer(await getSchema(), log);
  await apollo.start();
  const app = createApp({ db, apollo, log, secureCookies: false, trustProxy: false, sessionDays: 1, spas: [], ...options });
  const server = await new Promise<Server>((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const address = server.address();
  return {
    base: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`,
    stop: async () => {
      await new Promise((resolve) => server.close(resolve));
      await apollo.stop();
    },
  };
}
