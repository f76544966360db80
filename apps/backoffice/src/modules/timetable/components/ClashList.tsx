import { Alert, List, useTranslation } from '@massar/ui';
import { useWeekWords } from '../hooks/useWeekWords';
import type { ClashLike } from '../utils/clashWording';

export interface ClashListProps {
  clashes: readonly ClashLike[];
  /** 'preview': what the slot would clash with as it is typed; 'refused': the server refused to save it. */
  mode: 'preview' | 'refused';
}

/** Each clash in words (which class, teacher or room, and when), before saving or as the refusal. */
export function ClashList({ clashes, mode }: ClashListProps) {
  const { t } = useTranslation();
  const words = useWeekWords();
  return (
    <Alert color={mode === 'refused' ? 'red' : 'orange'} title={t(mode === 'refused' ? 'timetable.clash.refusedTitle' : 'timetable.clash.previewTitle', { count: clashes.length })}>
      {clashes.length ? (
        <List size="sm" spacing={2}>
          {clashes.map((c, i) => (
            <List.Item key={i}>{words.clash(c)}</List.Item>
          ))}
        </List>
      ) : (
        t('timetable.clash.raced')
      )}
    </Alert>
  );
}
