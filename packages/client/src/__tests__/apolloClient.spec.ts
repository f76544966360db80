/// <reference types="node" />
import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApolloClient } from '../apolloClient';
import { ME } from '../operations/me';

// A server that sheds the first requests as the API does when busy (503, Retry-After, OVERLOADED), then answers.
describe('the Apollo client on a busy server', () => {
  let server: Server;
  let uri: string;
  let shedNext = 0;
  let received = 0;

  beforeAll(async () => {
    server = createServer((req, res) => {
      req.resume();
      req.on('end', () => {
        received++;
        if (shedNext-- > 0) {
          res.writeHead(503, { 'content-type': 'application/json', 'retry-after': '1' });
          res.end(JSON.stringify({ errors: [{ message: 'The server is busy: try again in a moment', extensions: { code: 'OVERLOADED', reason: 'OVERLOADED' } }] }));
          return;
        }
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ data: { me: null } }));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    uri = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/graphql`;
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  it('asks again after a 503 and gets the answer', async () => {
    shedNext = 2;
    received = 0;
    const { data } = await createApolloClient({ uri }).query({ query: ME, fetchPolicy: 'network-only' });
    expect(data).toEqual({ me: null });
    expect(received).toBe(3);
  }, 30_000);

  it('gives up after four attempts', async () => {
    shedNext = 10;
    received = 0;
    await expect(createApolloClient({ uri }).query({ query: ME, fetchPolicy: 'network-only' })).rejects.toThrow();
    expect(received).toBe(4);
  }, 60_000);
});
