import DataLoader from 'dataloader';
import { LRUCache } from 'lru-cache';
import { type DataSource } from 'typeorm';
import { SESSION_MEMORY_MS } from '../auth/session.service.js';
import { type Viewer } from '../auth/viewer.js';
import { type Context, requireViewer } from '../context.js';
import { perDatabase } from './per-database.js';

/** Per database, per set of grants: what was read, by loader name and key. */
const memoryOf = perDatabase(() => new LRUCache<string, Map<string, unknown>>({ max: 50_000, ttl: SESSION_MEMORY_MS }));

// What a viewer may read depends on their grants only: two sessions of one account share it.
const grantsKey = (viewer: Viewer) =>
  viewer.grants.map((g) => `${g.permission}:${g.scope.kind}:${g.scope.id}`).sort().join('|');

/**
 * A DataLoader whose answers are remembered for this viewer as long as a session is
 * (SESSION_MEMORY_MS), for what families read again and again on a results evening and that
 * changes rarely: their children, their published results. `batch` reads through the rules as
 * any loader does; a later request of the same viewer gets the same answer without a statement.
 * Within that time a term reopened or published, or a link decided on another replica, is not
 * seen yet; on this replica a link decision forgets at once (forgetViewerMemory).
 */
export function rememberedLoader<K extends string | number, V>(ctx: Context, name: string, batch: (keys: K[]) => Promise<V[]>): DataLoader<K, V> {
  const memory = memoryOf(ctx.db);
  return new DataLoader<K, V>(async (keys) => {
    // The viewer as the batch runs: a login earlier in the same request changes it.
    const key = grantsKey(requireViewer(ctx));
    let mine = memory.get(key);
    if (!mine) memory.set(key, (mine = new Map()));
    const missing = keys.filter((k) => !mine.has(`${name}:${k}`));
    if (missing.length) {
      const values = await batch(missing);
      missing.forEach((k, i) => mine.set(`${name}:${k}`, values[i]));
    }
    return keys.map((k) => mine.get(`${name}:${k}`) as V);
  });
}

/** Forgets what every viewer read in this database (a link decided: rare, and seen at once). */
export const forgetViewerMemory = (db: DataSource) => memoryOf(db).clear();
