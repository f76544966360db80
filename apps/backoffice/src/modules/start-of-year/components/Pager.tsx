import { Button, Group, Text, useFormatters, useTranslation } from '@massar/ui';
import { pageIndex, pageRange, type PagerState } from '../utils/pager';

export interface PagerProps {
  /** Names the navigation landmark ("Pages of the list of 1AC-1"). */
  label: string;
  pager: PagerState;
  pageSize: number;
  shown: number;
  total: number;
  hasNextPage: boolean;
  onNext: () => void;
  onPrevious: () => void;
}

/** "1–25 of 29", previous and next page of a list the API pages. */
export function Pager({ label, pager, pageSize, shown, total, hasNextPage, onNext, onPrevious }: PagerProps) {
  const { t } = useTranslation();
  const { formatNumber } = useFormatters();
  const { from, to } = pageRange(pager, pageSize, shown);
  if (total <= pageSize && pageIndex(pager) === 0) return null;
  return (
    <Group component="nav" aria-label={label} gap="sm" justify="space-between">
      <Text size="sm" aria-live="polite">
        {t('pager.range', { from: formatNumber(from), to: formatNumber(to), total: formatNumber(total) })}
      </Text>
      <Group gap="xs">
        <Button variant="default" size="xs" onClick={onPrevious} disabled={pageIndex(pager) === 0}>
          {t('pager.previous')}
        </Button>
        <Button variant="default" size="xs" onClick={onNext} disabled={!hasNextPage}>
          {t('pager.next')}
        </Button>
      </Group>
    </Group>
  );
}
