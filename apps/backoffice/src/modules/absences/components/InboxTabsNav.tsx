import type { JustificationStatus } from '@massar/client';
import { Button, Group, useTranslation } from '@massar/ui';
import { Link } from 'react-router';
import { INBOX_TABS, statusAddress } from '../utils/inboxTabs';

/** The inbox's tabs by status, as links (`?status=`), so that the back button keeps the choice. */
export function InboxTabsNav({ value }: { value: JustificationStatus }) {
  const { t } = useTranslation();
  return (
    <Group component="nav" aria-label={t('absences.inbox.tabsName')} gap="xs">
      {INBOX_TABS.map((status) => (
        <Button key={status} component={Link} to={statusAddress(status)} replace size="sm" variant={status === value ? 'filled' : 'default'} aria-current={status === value ? 'page' : undefined}>
          {t(`absences.inbox.tab.${status}`)}
        </Button>
      ))}
    </Group>
  );
}
