import { useViewer } from '@massar/client';
import { PageHeading, Stack, ViewerSummary, useTranslation } from '@massar/ui';
import { TodayRollCalls } from '../modules/absences/components/TodayRollCalls';
import { SchoolClassList } from '../modules/results/components/SchoolClassList';
import { TeachingAssignmentList } from '../modules/teaching/components/TeachingAssignmentList';
import { TeacherWeek } from '../modules/timetable/components/TeacherWeek';
import { TransfersToDecideLink } from '../modules/transfers/components/TransfersToDecideLink';
import { isTransferRole } from '../modules/transfers/constants/TransferRoles';

export function HomePage() {
  const { t } = useTranslation();
  const { viewer } = useViewer();
  if (!viewer) return null;
  return (
    <Stack gap="lg">
      <PageHeading>{t('home.title')}</PageHeading>
      <ViewerSummary viewer={viewer} />
      {viewer.role === 'TEACHER' && <TeacherWeek />}
      {viewer.role === 'TEACHER' && <TodayRollCalls />}
      {viewer.role === 'TEACHER' && <TeachingAssignmentList />}
      {isTransferRole(viewer.role) && <TransfersToDecideLink />}
      {viewer.role === 'DIRECTOR' && viewer.scope.code && <SchoolClassList schoolCode={viewer.scope.code} />}
    </Stack>
  );
}
