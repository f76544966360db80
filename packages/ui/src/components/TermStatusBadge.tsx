import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TermStatus } from '../evaluation/vocabulary';

const COLORS: Record<TermStatus, string> = { OPEN: 'blue', LOCKED: 'orange', PUBLISHED: 'green' };

/** OPEN / LOCKED / PUBLISHED, in words and colour (the colour is never the only cue). */
export function TermStatusBadge({ status }: { status: TermStatus }) {
  const { t } = useTranslation('ui');
  return (
    <Badge color={COLORS[status]} variant="light" size="lg" radius="sm">
      {t(`evaluation.termStatus.${status}`)}
    </Badge>
  );
}
