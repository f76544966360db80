import type { TypedDocumentNode } from '@apollo/client';
import { parse } from 'graphql';
import type { SliceLike } from '../../types';

// Placeholder until schema.graphql prints recordChartExport (see exportIndicators.ts).
/** Logs a chart the browser saved as an image (who, what, when). */
export const RECORD_CHART_EXPORT: TypedDocumentNode<{ recordChartExport: boolean }, { input: { what: string; slice: SliceLike } }> = parse(`
  mutation RecordChartExport($input: ChartExportInput!) {
    recordChartExport(input: $input)
  }
`);
