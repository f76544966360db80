import { type DataSource } from 'typeorm';
import { Dimension, type Figure } from './analytics.types.js';
import { type ResolvedSlice } from './slice.js';
import { complementary, suppressedFigure, untilNothingMoreHidden } from './suppression.js';

// Suppression must not depend on how a figure is asked for. A breakdown hides a small row and,
// complementarily, the next-smallest one; if that second row could be asked for on its own — a
// school's figures, or the slice filtered on a gender — the parent's total minus it would give
// the small row back (province − the other schools; a school − its girls = its boys). So a
// slice's own figures are suppressed wherever the slice's row is suppressed in the breakdown of
// its parent along each of its filters: the school's row among its province's schools, the
// girls' row in the slice by gender, and so on for every filter the slice has.

/** A figure's group rows by key, as indicators.service makes them. */
type Rows = Map<string, Record<string, Figure>>;

interface Parent {
  by: Dimension;
  key: string;
  slice: ResolvedSlice;
}

/** The slice's parents: for each filter, the slice without it, and the slice's key in that parent's breakdown by it. */
export async function parentsOf(db: DataSource, slice: ResolvedSlice): Promise<Parent[]> {
  const parents: Parent[] = [];
  const add = (by: Dimension, key: unknown, changes: Partial<ResolvedSlice>) => parents.push({ by, key: String(key), slice: { ...slice, ...changes } });
  if (slice.schoolId) {
    // A school among its province's schools (the slice need not name the province).
    let provinceId = slice.provinceId;
    if (!provinceId) [{ province_id: provinceId }] = await db.query('SELECT province_id FROM school WHERE id = $1', [slice.schoolId]);
    add(Dimension.SCHOOL, slice.schoolId, { schoolId: null, provinceId: Number(provinceId) });
  }
  if (slice.provinceId && !slice.schoolId) add(Dimension.PROVINCE, slice.provinceId, { provinceId: null });
  if (slice.regionId && !slice.provinceId && !slice.schoolId) add(Dimension.REGION, slice.regionId, { regionId: null });
  if (slice.levelId) add(Dimension.LEVEL, slice.levelId, { levelId: null });
  if (slice.cycle && !slice.levelId) add(Dimension.CYCLE, slice.cycle, { cycle: null });
  if (slice.gender) add(Dimension.GENDER, slice.gender, { gender: null });
  if (slice.milieu) add(Dimension.MILIEU, slice.milieu, { milieu: null });
  if (slice.sector) add(Dimension.SECTOR, slice.sector, { sector: null });
  return parents;
}

/** Suppresses in `own` (the slice's figures, row `all`) every figure suppressed in the slice's row of a parent's breakdown. */
export function suppressLikeParents(own: Rows, ownKey: string, parentRows: { rows: Rows; key: string }[]): Rows {
  const row = own.get(ownKey);
  if (!row) return own;
  for (const parent of parentRows) {
    const theirs = parent.rows.get(parent.key);
    if (!theirs) continue;
    for (const [name, figure] of Object.entries(theirs)) {
      if (figure.suppressed && row[name] && !row[name].suppressed) {
        row[name] = suppressedFigure();
      }
    }
  }
  return own;
}

// A breakdown of a filtered slice is one column of a two-way table: the breakdown's values × the
// filter's values (a province's schools × gender, a school's levels × its province's schools...).
// Its rows add up to the breakdown of the slice without the filter, its columns to the filter's
// breakdown, and both are shown elsewhere; so the cells are suppressed as a table — every row
// and every column protected, to a fixed point — and every column computes the same table, so no
// two queries choose different complements.

/** A table's cells: row key → column key → figures; `sizes` the pupils behind each figure. */
export interface Table {
  cells: Map<string, Map<string, Record<string, Figure>>>;
  sizes: Map<string, Map<string, Record<string, number>>>;
}

/**
 * Suppresses the table's cells: a row (column) whose margin is hidden is hidden whole (its cells
 * would add up to it); otherwise complementary suppression over its cells, until nothing changes.
 */
export function suppressTable(table: Table, rowMargins: Rows, columnMargins: Rows, threshold: number): void {
  const rowKeys = [...table.cells.keys()];
  const columnKeys = [...new Set(rowKeys.flatMap((r) => [...table.cells.get(r)!.keys()]))];
  const names = new Set(rowKeys.flatMap((r) => [...table.cells.get(r)!.values()].flatMap((f) => Object.keys(f))));
  const cell = (r: string, c: string) => table.cells.get(r)?.get(c);
  const size = (r: string, c: string, name: string) => table.sizes.get(r)?.get(c)?.[name] ?? 0;
  const line = (keys: [string, string][], margin: Figure | undefined, name: string) => {
    const present = keys.filter(([r, c]) => cell(r, c)?.[name]);
    if (margin?.suppressed) {
      for (const [r, c] of present) if (!cell(r, c)![name].suppressed) cell(r, c)![name] = suppressedFigure();
      return;
    }
    complementary(present.map(([r, c]) => cell(r, c)![name]), present.map(([r, c]) => size(r, c, name)), threshold);
  };
  const figures = () => rowKeys.flatMap((r) => [...table.cells.get(r)!.values()].flatMap((f) => Object.values(f)));
  untilNothingMoreHidden(figures, () => {
    for (const name of names) {
      for (const r of rowKeys) line(columnKeys.map((c) => [r, c]), rowMargins.get(r)?.[name], name);
      for (const c of columnKeys) line(rowKeys.map((r) => [r, c]), columnMargins.get(c)?.[name], name);
    }
  });
}
