import type { FigureKind } from '../utils/figures';

/** The indicators a map, a table or a chart can show, each with how its figure reads. */
export const INDICATORS = [
  { key: 'enrolled', kind: 'count' },
  { key: 'newEntrants', kind: 'count' },
  { key: 'repeaters', kind: 'count' },
  { key: 'promotionRate', kind: 'rate' },
  { key: 'repetitionRate', kind: 'rate' },
  { key: 'dropoutRate', kind: 'rate' },
  { key: 'averageOfAverages', kind: 'grade' },
  { key: 'atLeast10Share', kind: 'rate' },
  { key: 'absenceRate', kind: 'rate' },
  { key: 'justifiedShare', kind: 'rate' },
  { key: 'averageClassSize', kind: 'ratio' },
  { key: 'overcrowdedShare', kind: 'rate' },
  { key: 'pupilTeacherRatio', kind: 'ratio' },
  { key: 'enrolmentParityIndex', kind: 'index' },
  { key: 'successParityIndex', kind: 'index' },
] as const satisfies readonly { key: string; kind: FigureKind }[];

export type IndicatorKey = (typeof INDICATORS)[number]['key'];

export const DEFAULT_INDICATOR: IndicatorKey = 'enrolled';

export function isIndicatorKey(value: string | null | undefined): value is IndicatorKey {
  return INDICATORS.some((i) => i.key === value);
}

export function kindOf(key: IndicatorKey): FigureKind {
  return INDICATORS.find((i) => i.key === key)!.kind;
}
