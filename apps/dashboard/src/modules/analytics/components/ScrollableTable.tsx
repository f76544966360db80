import type { ReactNode } from 'react';
import classes from './Dashboard.module.css';

/** A wide table's horizontal scroll, reachable by keyboard (a focusable, named region: axe's scrollable-region-focusable). */
export function ScrollableTable({ label, minWidth, children }: { label: string; minWidth: number; children: ReactNode }) {
  return (
    <div className={classes.scroll} tabIndex={0} role="region" aria-label={label}>
      <div style={{ minWidth }}>{children}</div>
    </div>
  );
}
