import { Badge, Text, localizedName, useLanguage, useTranslation } from '@massar/ui';
import type { AbsenceFieldsFragment, JustificationStatus } from '@massar/client';
import { absenceStatus, type AbsenceStatus } from '../utils/weekGrid';

const COLOURS: Record<AbsenceStatus, string> = { late: 'orange', justified: 'green', pending: 'yellow', refused: 'red', unjustified: 'red' };

type Absence = AbsenceFieldsFragment & { justification?: { status: JustificationStatus } | null };

/** One absence in a cell: its time and subject, and its status in words (never by colour alone). */
export function AbsenceBadge({ absence }: { absence: Absence }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const status = absenceStatus(absence);
  const what = status === 'late' && absence.minutes > 0 ? t('absences.status.lateMinutes', { minutes: absence.minutes }) : t(`absences.status.${status}`);
  return (
    <Text size="xs" component="span" style={{ display: 'block' }}>
      <span dir="ltr">{absence.slot?.startsAt ?? '—'}</span> {localizedName(absence.subject, language)}{' '}
      <Badge size="xs" variant="light" color={COLOURS[status]} styles={{ label: { color: 'var(--mantine-color-dark-9)' } }}>
        {what}
      </Badge>
    </Text>
  );
}
