import { Paper, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** Shown in place of an empty list; `children` is the (translated) explanation. */
export function EmptyState({ children }: { children?: ReactNode }) {
  const { t } = useTranslation('ui');
  return (
    <Paper withBorder p="md">
      <Text c="dimmed">{children ?? t('empty')}</Text>
    </Paper>
  );
}
