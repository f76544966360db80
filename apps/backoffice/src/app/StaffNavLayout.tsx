import { useViewer } from '@massar/client';
import { Anchor, Group, Stack, useTranslation } from '@massar/ui';
import { NavLink, Outlet } from 'react-router';
import { REGISTRY_ROLES } from '../modules/start-of-year/components/SchoolStaffOnly';
import { TERRITORY_TRANSFER_ROLES } from '../modules/transfers/constants/TransferRoles';

/** The back-office's sections above every page, for the roles that have more than one (director, secretariat). */
function StaffNav({ school }: { school: boolean }) {
  const { t } = useTranslation();
  const link = (to: string, label: string, end = false) => (
    <Anchor component={NavLink} to={to} end={end} fw={600} style={{ textDecoration: 'none' }}>
      {label}
    </Anchor>
  );
  return (
    <Group component="nav" aria-label={t('nav.sections')} gap="lg">
      {link('/', t('nav.homeSection'), true)}
      {school && link('/start-of-year', t('nav.startOfYear'))}
      {school && link('/rollover', t('nav.rollover'))}
      {school && link('/pupils', t('nav.pupils'))}
      {school && link('/absences', t('nav.absences'))}
      {school && link('/support', t('nav.support'))}
      {school && link('/timetable', t('nav.timetable'))}
      {link('/transfers', t('nav.transfers'))}
    </Group>
  );
}

/** Every page of the back office, under the sections' navigation when the viewer has it. */
export function StaffNavLayout() {
  const { viewer } = useViewer();
  // A directorate or an academy decides transfers: its sections are the home page and the inbox.
  const school = !!viewer && REGISTRY_ROLES.has(viewer.role);
  if (!viewer || (!school && !TERRITORY_TRANSFER_ROLES.has(viewer.role))) return <Outlet />;
  return (
    <Stack gap="lg">
      <StaffNav school={school} />
      <Outlet />
    </Stack>
  );
}
