import { Button, Group, useTranslation } from '@massar/ui';
import type { SupportTab } from '../utils/programmes';

interface Props {
  tabs: readonly SupportTab[];
  value: SupportTab;
  onChange: (tab: SupportTab) => void;
}

/** The lists of the programme: pupils who may join, those listed, the month's entitlements. */
export function SupportTabsNav({ tabs, value, onChange }: Props) {
  const { t } = useTranslation();
  return (
    <Group component="nav" aria-label={t('support.tabsName')} gap="xs">
      {tabs.map((tab) => (
        <Button key={tab} size="sm" variant={tab === value ? 'filled' : 'default'} aria-current={tab === value ? 'page' : undefined} onClick={() => onChange(tab)}>
          {t(`support.tab.${tab}`)}
        </Button>
      ))}
    </Group>
  );
}
