import type { ChildAbsenceFieldsFragment } from '@massar/client';
import { Group, Paper, Stack, Text, localizedName, useFormatters, useLanguage, useTranslation } from '@massar/ui';
import { SCHOOLTIME_T } from '../../../i18n/SchoolTimeMessages';
import { absenceStatus, canJustify } from '../utils/absenceStatus';
import { AbsenceStatusText } from './AbsenceStatusText';
import classes from './Schooltime.module.css';

export interface AbsenceListProps {
  /** Newest first. */
  absences: readonly ChildAbsenceFieldsFragment[];
  selected: ReadonlySet<string>;
  onToggle: (id: string, checked: boolean) => void;
  /** While a justification is being sent: the boxes stay as they are. */
  locked: boolean;
  labelledBy: string;
}

/** The term's absences and late arrivals, each with its date, lesson, kind and status; a box to pick those that may be justified. */
export function AbsenceList({ absences, selected, onToggle, locked, labelledBy }: AbsenceListProps) {
  const { t } = useTranslation(SCHOOLTIME_T);
  const { language } = useLanguage();
  const { formatDate } = useFormatters();
  return (
    <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }} aria-labelledby={labelledBy}>
      {absences.map((absence) => {
        const status = absenceStatus(absence);
        const date = formatDate(absence.date, { weekday: 'long', day: 'numeric', month: 'long' });
        const lesson = absence.slot
          ? t('absences.lesson', { subject: localizedName(absence.slot.subject, language), time: t('timetable.time', { start: absence.slot.startsAt, end: absence.slot.endsAt }) })
          : t('absences.slotRemoved');
        const what = absence.late ? (absence.minutes > 0 ? t('absences.lateMinutes', { minutes: absence.minutes }) : t('absences.late')) : t('absences.absent');
        const selectable = canJustify(absence);
        return (
          <Paper component="li" key={absence.id} withBorder p="sm" data-absence-id={absence.id}>
            <div className={classes.absence}>
              {selectable ? (
                <input
                  type="checkbox"
                  className={classes.checkbox}
                  aria-label={t('absences.select', { date, lesson })}
                  checked={selected.has(absence.id)}
                  disabled={locked}
                  onChange={(event) => onToggle(absence.id, event.currentTarget.checked)}
                />
              ) : (
                <span className={classes.checkbox} aria-hidden />
              )}
              <Stack gap={4}>
                <Text fw={700}>{date}</Text>
                <Text size="sm">
                  <bdi>{lesson}</bdi> · {what}
                </Text>
                <Group gap="xs">
                  <AbsenceStatusText status={status} decisionReason={absence.justification?.decisionReason} />
                </Group>
              </Stack>
            </div>
          </Paper>
        );
      })}
    </Stack>
  );
}
