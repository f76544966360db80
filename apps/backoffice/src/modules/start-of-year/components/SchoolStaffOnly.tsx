import { useViewer } from '@massar/client';
import { EmptyState, useTranslation } from '@massar/ui';
import type { ReactNode } from 'react';

/** Roles that register pupils and assign classes (the API's REGISTRY_WRITE). */
export const REGISTRY_ROLES: ReadonlySet<string> = new Set(['DIRECTOR', 'STAFF']);

/** The children for a school's director or secretariat; anyone else is told the section is not theirs. */
export function SchoolStaffOnly({ children }: { children: (schoolCode: string) => ReactNode }) {
  const { t } = useTranslation();
  const { viewer } = useViewer();
  if (!viewer) return null;
  if (!REGISTRY_ROLES.has(viewer.role) || !viewer.scope.code) return <EmptyState>{t('startOfYear.notForYou')}</EmptyState>;
  return <>{children(viewer.scope.code)}</>;
}
