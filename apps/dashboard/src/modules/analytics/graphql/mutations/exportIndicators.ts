import type { TypedDocumentNode } from '@apollo/client';
import { parse } from 'graphql';
import type { ExportDimension, SliceLike } from '../../types';

// Placeholder until schema.graphql prints exportIndicators (the analytics contract's shape): a
// plain parse() that codegen does not pick up, typed by hand. Once printed: graphql() and the generated types.
export interface ExportIndicatorsResult {
  exportIndicators: { filename: string; mimeType: string; base64: string; rowCount: number };
}
export interface ExportIndicatorsVariables {
  input: { slice: SliceLike; by: ExportDimension; format: 'CSV' | 'XLSX'; language: string };
}

/** A table as a CSV or .xlsx file built by the API (the filters written in it; the export logged). */
export const EXPORT_INDICATORS: TypedDocumentNode<ExportIndicatorsResult, ExportIndicatorsVariables> = parse(`
  mutation ExportIndicators($input: ExportInput!) {
    exportIndicators(input: $input) {
      filename
      mimeType
      base64
      rowCount
    }
  }
`);
