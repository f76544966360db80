import { useViewer } from '@massar/client';
import { Anchor, Group, Stack, useTranslation } from '@massar/ui';
import { NavLink, Outlet } from 'react-router';
import { REGISTRY_ROLES } from '../modules/start-of-year/components/SchoolStaffOnly';

/** The back-office's sections above every page, for the roles that have more than one (director, secretariat). */
function StaffNav() {
  const { t } = useTranslation();
  const link = (to: string, label: string, end = false) => (
    <Anchor component={NavLink} to={to} end={end} fw={600} style={{ textDecoration: 'none' }}>
      {label}
    </Anchor>
  );
  return (
    <Group component="nav" aria-label={t('nav.sections')} gap="lg">
      {link('/', t('nav.homeSection'), true)}
      {link('/start-of-year', t('nav.startOfYear'))}
      {link('/pupils', t('nav.pupils'))}
    </Group>
  );
}

/** Every page of the back office, under the sections' navigation when the viewer has it. */
export function StaffNavLayout() {
  const { viewer } = useViewer();
  if (!viewer || !REGISTRY_ROLES.has(viewer.role)) return <Outlet />;
  return (
    <Stack gap="lg">
      <StaffNav />
      <Outlet />
    </Stack>
  );
}
