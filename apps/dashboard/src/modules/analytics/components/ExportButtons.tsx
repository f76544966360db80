import { ErrorState } from '@massar/client/shell';
import { Button, Group, Stack, useTranslation } from '@massar/ui';
import { useTableExport } from '../hooks/useExports';
import type { ExportDimension, SliceLike } from '../types';

/** Download a table as CSV or .xlsx, built by the API for the same slice and dimension. */
export function ExportButtons({ slice, by, tableName }: { slice: SliceLike; by: ExportDimension; tableName: string }) {
  const { t } = useTranslation();
  const exporter = useTableExport(slice, by);
  return (
    <Stack gap="xs">
      <Group gap="sm" justify="flex-end">
        <Button variant="default" size="sm" loading={exporter.loading && exporter.format === 'CSV'} onClick={() => void exporter.run('CSV')} aria-label={t('dashboard.export.csvOf', { table: tableName })}>
          {t('dashboard.export.csv')}
        </Button>
        <Button variant="default" size="sm" loading={exporter.loading && exporter.format === 'XLSX'} onClick={() => void exporter.run('XLSX')} aria-label={t('dashboard.export.xlsxOf', { table: tableName })}>
          {t('dashboard.export.xlsx')}
        </Button>
      </Group>
      {exporter.error && <ErrorState error={exporter.error} />}
    </Stack>
  );
}
