import { LoadingState } from '@massar/ui';
import { Suspense, lazy, type ComponentProps } from 'react';

// The map (d3-geo, topojson and the boundaries) and ECharts come in their own chunks, fetched when a view first shows one.
const TerritoryMap = lazy(async () => ({ default: (await import('./TerritoryMap')).TerritoryMap }));
const EChart = lazy(async () => ({ default: (await import('./EChart')).EChart }));

export function LazyMap(props: ComponentProps<typeof TerritoryMap>) {
  return (
    <Suspense fallback={<LoadingState />}>
      <TerritoryMap {...props} />
    </Suspense>
  );
}

export function LazyChart(props: ComponentProps<typeof EChart>) {
  return (
    <Suspense fallback={<LoadingState />}>
      <EChart {...props} />
    </Suspense>
  );
}
