import { Button, Group, useFormatters, useTranslation } from '@massar/ui';
import { Link } from 'react-router';
import { tabAddress, type TransferTab } from '../utils/transferTabs';

interface Props {
  tabs: readonly TransferTab[];
  value: TransferTab;
  /** Kept when changing tab. */
  search: string;
  toDecide: number | null;
}

/** The inbox's tabs as links (`?tab=&q=`), so that the back button and a shared address keep the choice. */
export function TransferTabsNav({ tabs, value, search, toDecide }: Props) {
  const { t } = useTranslation();
  const { formatNumber } = useFormatters();
  return (
    <Group component="nav" aria-label={t('transfers.tabsName')} gap="xs">
      {tabs.map((tab) => (
        <Button
          key={tab}
          component={Link}
          to={tabAddress(tab, search)}
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
