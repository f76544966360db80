import { placesLeft } from './classCapacity';

/** A class of the year as the move's list reads it. */
export interface MoveClass {
  id: string;
  name: string;
  capacity: number;
  enrolledCount: number;
  level: { id: string };
}

/** A class the selection may go to: its seats left, and whether the whole selection fits. */
export interface MoveTarget {
  id: string;
  name: string;
  left: number;
  fits: boolean;
}

/** The other classes of the same level that year, by name, each with its seats left for `moving` pupils. */
export function moveTargets(classes: readonly MoveClass[], current: { id: string; levelId: string }, moving: number): MoveTarget[] {
  return classes
    .filter((c) => c.id !== current.id && c.level.id === current.levelId)
    .map((c) => {
      const left = placesLeft(c.capacity, c.enrolledCount);
      return { id: c.id, name: c.name, left, fits: moving > 0 && left >= moving };
    })
    .sort((a, b) => a.name.localeCompare(b.name, 'fr', { numeric: true }));
}
