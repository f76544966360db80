import type { EnrolmentStatus } from '@massar/client';
import { Badge, useTranslation } from '@massar/ui';
import { MOBILITY_T } from '../../../i18n/MobilityMessages';

const COLOR: Record<EnrolmentStatus, string> = { ACTIVE: 'green', TRANSFERRED: 'blue', LEFT: 'gray' };

/** ACTIVE, TRANSFERRED or LEFT, in words. */
export function EnrolmentStatusBadge({ status }: { status: EnrolmentStatus }) {
  const { t } = useTranslation(MOBILITY_T);
  return (
    <Badge color={COLOR[status]} variant="light" tt="none">
      {t(`schooling.statuses.${status}`)}
    </Badge>
  );
}
