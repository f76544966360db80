import { useViewer } from '@massar/client';
import { PageHeading, Stack, ViewerSummary, useTranslation } from '@massar/ui';
import { SchoolClassList } from '../modules/results/components/SchoolClassList';
import { TeachingAssignmentList } from '../modules/teaching/components/TeachingAssignmentList';

export function HomePage() {
  const { t } = useTranslation();
  const { viewer } = useViewer();
  if (!viewer) return null;
  return (
    <Stack gap="lg">
      <PageHeading>{t('home.title')}</PageHeading>
      <ViewerSummary viewer={viewer} />
      {viewer.role === 'TEACHER' && <TeachingAssignmentList />}
      {viewer.role === 'DIRECTOR' && viewer.scope.code && <SchoolClassList schoolCode={viewer.scope.code} />}
    </Stack>
  );
}
