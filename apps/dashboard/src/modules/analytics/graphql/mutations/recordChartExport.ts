import { graphql } from '@massar/client';

/** Logs a chart the browser saved as an image (who, what, when). */
export const RECORD_CHART_EXPORT = graphql(`
  mutation RecordChartExport($input: ChartExportInput!) {
    recordChartExport(input: $input)
  }
`);
