/** Seats left in a class (never negative: a class may be over capacity after a capacity change). */
export const placesLeft = (capacity: number, enrolled: number) => Math.max(0, capacity - enrolled);

export const isFull = (capacity: number, enrolled: number) => placesLeft(capacity, enrolled) === 0;
