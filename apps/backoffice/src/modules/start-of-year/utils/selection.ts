/** Rows ticked in a list, by id: the whole page toggles at once from its header box. */
export type Selection = ReadonlySet<string>;

export function toggleOne(selection: Selection, id: string): Selection {
  const next = new Set(selection);
  if (next.has(id)) next.delete(id);
  else next.add(id);
  return next;
}

/** The header box's state for the rows shown: all ticked, some, or none. */
export function pageState(selection: Selection, pageIds: readonly string[]): 'all' | 'some' | 'none' {
  const ticked = pageIds.filter((id) => selection.has(id)).length;
  if (ticked === 0) return 'none';
  return ticked === pageIds.length ? 'all' : 'some';
}

/** Ticks every row shown, or unticks them all when they all are; rows of other pages stay as they were. */
export function togglePage(selection: Selection, pageIds: readonly string[]): Selection {
  const next = new Set(selection);
  if (pageState(selection, pageIds) === 'all') pageIds.forEach((id) => next.delete(id));
  else pageIds.forEach((id) => next.add(id));
  return next;
}
