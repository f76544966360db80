import { useViewer } from '@massar/client';
import { PageHeading, Stack, ViewerSummary, useTranslation } from '@massar/ui';
import { ChildrenList } from '../modules/children/components/ChildrenList';
import { PendingChildLinks } from '../modules/children/components/PendingChildLinks';

export function HomePage() {
  const { t } = useTranslation();
  const { viewer } = useViewer();
  if (!viewer) return null;
  return (
    <Stack gap="lg">
      <PageHeading>{t('home.title')}</PageHeading>
      <ViewerSummary viewer={viewer} />
      {viewer.role === 'PARENT' && <PendingChildLinks />}
      <ChildrenList role={viewer.role} />
    </Stack>
  );
}
