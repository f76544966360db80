import { useId, type ReactNode } from 'react';

export interface SimpleStatProps {
  label: string;
  value: ReactNode;
  /** The figure the screen is about, shown larger. */
  emphasis?: boolean;
}

/**
 * A labelled figure ("Moyenne générale 14,25 / 20"): a group named by its label, so that a screen
 * reader and a test find the value by the label. Lay several out in a `massar-stats` container.
 */
export function SimpleStat({ label, value, emphasis = false }: SimpleStatProps) {
  const id = useId();
  return (
    <div role="group" aria-labelledby={id} className="massar-stat">
      <div id={id} className="massar-stat-label">
        {label}
      </div>
      <div className="massar-stat-value" data-emphasis={emphasis || undefined}>
        {value}
      </div>
    </div>
  );
}
