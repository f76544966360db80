import type { APIRequestContext } from '@playwright/test';

/**
 * One GraphQL operation through the real endpoint, in the session of the request context (its
 * storageState): the journeys prepare and check data through the API the apps use, never the database.
 */
export async function graphql<T>(request: APIRequestContext, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await request.post('/graphql', { data: { query, variables } });
  if (!response.ok()) throw new Error(`GraphQL HTTP ${response.status()}: ${await response.text()}`);
  const body = (await response.json()) as { data?: T | null; errors?: unknown[] };
  if (body.errors?.length || !body.data) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors ?? body)}`);
  return body.data;
}
