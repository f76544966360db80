import type { ChildAttendanceFieldsFragment } from '@massar/client';
import { Paper, SimpleStat, Title, useFormatters, useTranslation } from '@massar/ui';
import { useId } from 'react';
import { SCHOOLTIME_T } from '../../../i18n/SchoolTimeMessages';

/** A term's attendance: hours absent, of them justified and unjustified, and late arrivals (with their minutes). */
export function AttendanceTotals({ totals }: { totals: ChildAttendanceFieldsFragment }) {
  const { t } = useTranslation(SCHOOLTIME_T);
  const { formatNumber } = useFormatters();
  const titleId = useId();
  const hours = (value: number) => t('attendance.hours', { value: formatNumber(value, { maximumFractionDigits: 2 }) });
  return (
    <Paper component="section" withBorder p="md" aria-labelledby={titleId}>
      <Title order={2} size="h4" id={titleId} mb="xs">
        {t('attendance.title')}
      </Title>
      <div className="massar-stats">
        <SimpleStat label={t('attendance.hoursAbsent')} value={hours(totals.hoursAbsent)} emphasis />
        <SimpleStat label={t('attendance.justified')} value={hours(totals.justifiedHours)} />
        <SimpleStat label={t('attendance.unjustified')} value={hours(totals.unjustifiedHours)} />
        <SimpleStat
          label={t('attendance.late')}
          value={t('attendance.lateValue', { late: formatNumber(totals.lateCount), minutes: formatNumber(totals.minutesLate) })}
        />
      </div>
    </Paper>
  );
}
