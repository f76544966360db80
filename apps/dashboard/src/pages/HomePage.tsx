import { useViewer } from '@massar/client';
import { PageHeading, Stack, ViewerSummary, useTranslation } from '@massar/ui';

export function HomePage() {
  const { t } = useTranslation();
  const { viewer } = useViewer();
  if (!viewer) return null;
  return (
    <Stack gap="lg">
      <PageHeading>{t('home.title')}</PageHeading>
      <ViewerSummary viewer={viewer} />
    </Stack>
  );
}
