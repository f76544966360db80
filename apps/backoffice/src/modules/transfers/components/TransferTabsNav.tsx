import { Button, Group, useFormatters, useTranslation } from '@massar/ui';
import { Link } from 'react-router';
import { TRANSFER_TABS, type TransferTab } from '../utils/transferTabs';

/** The inbox's tabs as links (`?tab=`), so that the back button and a shared address keep the choice. */
export function TransferTabsNav({ value, toDecide }: { value: TransferTab; toDecide: number | null }) {
  const { t } = useTranslation();
  const { formatNumber } = useFormatters();
  return (
    <Group component="nav" aria-label={t('transfers.tabsName')} gap="xs">
      {TRANSFER_TABS.map((tab) => (
        <Button
          key={tab}
          component={Link}
          to={`?tab=${tab}`}
          replace
          size="sm"
          variant={tab === value ? 'filled' : 'default'}
          aria-current={tab === value ? 'page' : undefined}
        >
          {tab === 'toDecide' && toDecide !== null ? t('transfers.tab.toDecideCount', { count: toDecide, n: formatNumber(toDecide) }) : t(`transfers.tab.${tab}`)}
        </Button>
      ))}
    </Group>
  );
}
