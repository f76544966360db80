import type { TermHistoryFieldsFragment } from '@massar/client';
import { List, useFormatters, useTranslation } from '@massar/ui';

/** Who last locked, published and reopened the term, when, and why it was reopened. */
export function TermHistory({ state }: { state: TermHistoryFieldsFragment }) {
  const { t } = useTranslation();
  const { formatDate } = useFormatters();
  const when = (value: string) => formatDate(value, { dateStyle: 'medium', timeStyle: 'short' });
  const lines: string[] = [];
  if (state.lockedAt) lines.push(t('termActions.history.locked', { when: when(state.lockedAt), who: state.lockedBy ?? '—' }));
  if (state.publishedAt) lines.push(t('termActions.history.published', { when: when(state.publishedAt), who: state.publishedBy ?? '—' }));
  if (state.reopenedAt)
    lines.push(t('termActions.history.reopened', { when: when(state.reopenedAt), who: state.reopenedBy ?? '—', reason: state.reopenReason ?? '—' }));
  if (lines.length === 0) return null;
  return (
    <List size="sm" c="dimmed" aria-label={t('termActions.history.name')}>
      {lines.map((line) => (
        <List.Item key={line}>{line}</List.Item>
      ))}
    </List>
  );
}
