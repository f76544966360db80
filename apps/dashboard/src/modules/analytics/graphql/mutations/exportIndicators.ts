import { graphql } from '@massar/client';

/** A table as a CSV or .xlsx file built by the API (the filters written in it; the export logged). */
export const EXPORT_INDICATORS = graphql(`
  mutation ExportIndicators($input: ExportInput!) {
    exportIndicators(input: $input) {
      filename
      mimeType
      base64
      rowCount
    }
  }
`);
