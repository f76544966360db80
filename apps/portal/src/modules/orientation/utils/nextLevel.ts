/** A level as the `levels` query lists it, 1AP to 2BAC in order. */
export interface LevelWithStreams<S> {
  code: string;
  streams: readonly S[];
}

/**
 * The level a pupil of `levelCode` goes to next, whose streams are the choices of orientation.
 * The API lists the levels in order and a level's next one is the following (next_level_id =
 * id + 1); it exposes no "next level" field, so the portal reads it from that order.
 */
export function nextLevel<L extends LevelWithStreams<unknown>>(levels: readonly L[], levelCode: string | null): L | null {
  if (!levelCode) return null;
  const index = levels.findIndex((l) => l.code === levelCode);
  if (index < 0) return null;
  return levels[index + 1] ?? null;
}
