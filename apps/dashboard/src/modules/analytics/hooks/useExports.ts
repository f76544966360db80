import { useMutation } from '@apollo/client/react';
import { useLanguage } from '@massar/ui';
import { useState } from 'react';
import { EXPORT_INDICATORS } from '../graphql/mutations/exportIndicators';
import { RECORD_CHART_EXPORT } from '../graphql/mutations/recordChartExport';
import type { ExportDimension, SliceLike } from '../types';
import { base64ToBlob, saveFile } from '../utils/download';

export type ExportFormat = 'CSV' | 'XLSX';

/** The API's ExportLanguage for the UI's language (French unless Arabic or English). */
const EXPORT_LANGUAGE: Record<string, 'FR' | 'AR' | 'EN'> = { fr: 'FR', ar: 'AR', en: 'EN' };

/** A table's export: the API builds the file (its filters written in it, the export logged); the browser saves it. */
export function useTableExport(slice: SliceLike, by: ExportDimension) {
  const { language } = useLanguage();
  const [mutate, { loading, error }] = useMutation(EXPORT_INDICATORS);
  const [format, setFormat] = useState<ExportFormat | null>(null);
  const run = async (chosen: ExportFormat) => {
    setFormat(chosen);
    try {
      const { data } = await mutate({ variables: { input: { slice, by, format: chosen, language: EXPORT_LANGUAGE[language] ?? 'FR' } } });
      const file = data?.exportIndicators;
      if (file) saveFile(base64ToBlob(file.base64, file.mimeType), file.filename);
    } catch {
      // The error is shown by the caller from `error`.
    }
  };
  return { run, loading, format, error };
}

/** Logs a chart saved as an image (the image itself never leaves the browser). */
export function useChartExportLog(slice: SliceLike) {
  const [mutate] = useMutation(RECORD_CHART_EXPORT);
  return (what: string) => void mutate({ variables: { input: { what, slice } } }).catch(() => undefined);
}
