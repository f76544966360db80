import { Table } from '@massar/ui';
import type { SortState } from '../utils/sortRows';
import classes from './Dashboard.module.css';

interface Props<K extends string> {
  label: string;
  sortKey: K;
  sort: SortState<K> | null;
  onSort: (key: K) => void;
  numeric?: boolean;
}

/** A column header that sorts its table: a button (click, Enter, Space) and aria-sort on the header cell. */
export function SortableHeader<K extends string>({ label, sortKey, sort, onSort, numeric = false }: Props<K>) {
  const active = sort?.key === sortKey;
  const arrow = !active ? '↕' : sort.direction === 'ascending' ? '▲' : '▼';
  return (
    <Table.Th scope="col" aria-sort={active ? sort.direction : 'none'} className={numeric ? classes.numeric : undefined}>
      <button type="button" className={classes.sortButton} onClick={() => onSort(sortKey)}>
        {label}
        <span aria-hidden="true">{arrow}</span>
      </button>
    </Table.Th>
  );
}
