import type { APIRequestContext } from '@playwright/test';

export interface ViewerInfo {
  role: string;
  displayName: string;
}

/**
 * Who the session of this request context belongs to, asked from the API itself (`me`), so the
 * journeys check the header against the data instead of hard-coding seeded names.
 */
export async function currentViewer(request: APIRequestContext): Promise<ViewerInfo> {
  const response = await request.post('/graphql', { data: { query: '{ me { role displayName } }' } });
  if (!response.ok()) throw new Error(`me query failed: HTTP ${response.status()} ${await response.text()}`);
  const body = (await response.json()) as { data?: { me?: ViewerInfo | null }; errors?: unknown };
  const me = body.data?.me;
  if (!me) throw new Error(`me query returned no viewer: ${JSON.stringify(body)}`);
  return me;
}
