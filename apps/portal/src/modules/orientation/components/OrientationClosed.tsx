import { Alert, useFormatters, useTranslation } from '@massar/ui';
import type { OrientationAvailability } from '../utils/orientationAvailability';
import { MOBILITY_T } from '../../../i18n/MobilityMessages';

/** Why the family cannot state wishes now: other level, no deadline yet, deadline over, not enrolled. */
export function OrientationClosed({ availability }: { availability: Exclude<OrientationAvailability, { kind: 'OPEN' }> }) {
  const { t } = useTranslation(MOBILITY_T);
  const { formatDate } = useFormatters();
  const text = availability.kind === 'PASSED' ? t('orientation.closed.PASSED', { date: formatDate(availability.deadline) }) : t(`orientation.closed.${availability.kind}`);
  return (
    <Alert color={availability.kind === 'NOT_SET' ? 'blue' : 'gray'} title={t('orientation.closedTitle')}>
      {text}
    </Alert>
  );
}
