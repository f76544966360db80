import type { Direction } from '@massar/ui';

/** One bar or point: its label and its value (null: suppressed or not available, drawn as a gap). */
export interface ChartPoint {
  label: string;
  value: number | null;
}

// Large type and one strong colour: charts are projected in meetings.
const TEXT = { fontSize: 15, color: '#1a1b1e' };
const COLOUR = '#1864ab';

interface ChartText {
  /** The value as the reader's language writes it (axis labels, tooltips). */
  format: (value: number) => string;
  /** What a gap stands for, in the tooltip ("suppressed or not available"). */
  missing: string;
  direction: Direction;
}

function tooltip({ format, missing }: ChartText) {
  return {
    trigger: 'axis' as const,
    textStyle: TEXT,
    valueFormatter: (value: unknown) => (typeof value === 'number' ? format(value) : missing),
  };
}

/** The ECharts option of an indicator over the years (oldest first: right to left in Arabic). */
export function lineOption(points: readonly ChartPoint[], text: ChartText) {
  return {
    aria: { enabled: true },
    color: [COLOUR],
    textStyle: TEXT,
    grid: { left: 16, right: 24, top: 24, bottom: 16, containLabel: true },
    tooltip: tooltip(text),
    xAxis: { type: 'category' as const, data: points.map((p) => p.label), inverse: text.direction === 'rtl', axisLabel: TEXT },
    yAxis: { type: 'value' as const, position: text.direction === 'rtl' ? ('right' as const) : ('left' as const), axisLabel: { ...TEXT, formatter: text.format } },
    series: [{ type: 'line' as const, data: points.map((p) => p.value), symbolSize: 10, lineWidth: 3, connectNulls: false, label: { show: true, ...TEXT, formatter: ({ value }: { value: unknown }) => (typeof value === 'number' ? text.format(value) : '') } }],
  };
}

/** The ECharts option of bars, one per category (a breakdown's rows, a distribution's bins). */
export function barOption(points: readonly ChartPoint[], text: ChartText) {
  return {
    aria: { enabled: true },
    color: [COLOUR],
    textStyle: TEXT,
    grid: { left: 16, right: 24, top: 32, bottom: 16, containLabel: true },
    tooltip: tooltip(text),
    // Long names (programmes, schools) wrap instead of running into each other.
    xAxis: { type: 'category' as const, data: points.map((p) => p.label), inverse: text.direction === 'rtl', axisLabel: { ...TEXT, interval: 0, width: Math.max(60, 480 / Math.max(points.length, 1)), overflow: 'break' as const } },
    yAxis: { type: 'value' as const, position: text.direction === 'rtl' ? ('right' as const) : ('left' as const), axisLabel: { ...TEXT, formatter: text.format } },
    series: [{ type: 'bar' as const, data: points.map((p) => p.value), barMaxWidth: 56, label: { show: true, position: 'top' as const, ...TEXT, formatter: ({ value }: { value: unknown }) => (typeof value === 'number' ? text.format(value) : text.missing) } }],
  };
}

/** A distribution bin's label: "[10, 12)" reads "10–12"; an open-ended last bin "> 45". */
export function binLabel(bin: { from: number; to?: number | null }, format: (value: number) => string): string {
  return bin.to === null || bin.to === undefined ? `≥ ${format(bin.from)}` : `${format(bin.from)}–${format(bin.to)}`;
}
