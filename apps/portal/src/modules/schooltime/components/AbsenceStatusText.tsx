import { Badge, Text, useTranslation } from '@massar/ui';
import { SCHOOLTIME_T } from '../../../i18n/SchoolTimeMessages';
import { STATUS_COLOURS, type AbsenceStatus } from '../utils/absenceStatus';

/** An absence's status in words (unjustified, pending, justified, refused) and, when refused, the school's reason. */
export function AbsenceStatusText({ status, decisionReason }: { status: AbsenceStatus; decisionReason?: string | null }) {
  const { t } = useTranslation(SCHOOLTIME_T);
  return (
    <>
      <Badge color={STATUS_COLOURS[status]} variant="light" tt="none" style={{ whiteSpace: 'normal', height: 'auto' }}>
        {t(`absences.status.${status}`)}
      </Badge>
      {status === 'REFUSED' && decisionReason && (
        <Text size="sm">{t('absences.refusedBecause', { reason: decisionReason })}</Text>
      )}
    </>
  );
}
