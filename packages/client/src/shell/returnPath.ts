/** Where a visitor sent to the login page wanted to go (kept in the router's location state). */
export interface ReturnState {
  from?: string;
}

export function returnPath(state: unknown): string {
  const from = (state as ReturnState | null)?.from;
  // Only paths inside this app: never an absolute or protocol-relative URL.
  return typeof from === 'string' && from.startsWith('/') && !from.startsWith('//') ? from : '/';
}
