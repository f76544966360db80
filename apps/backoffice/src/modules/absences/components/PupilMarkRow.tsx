import { Button, Group, Text, TextInput, localizedSortName, useLanguage, useTranslation } from '@massar/ui';
import type { AbsencePupilFieldsFragment } from '@massar/client';
import { toggleAbsent, toggleLate, type Mark } from '../utils/rollCallMarks';
import classes from './RollCall.module.css';

export interface PupilMarkRowProps {
  pupil: AbsencePupilFieldsFragment;
  mark: Mark;
  /** The lesson's length: minutes late are fewer. */
  lessonMinutes: number;
  /** The i18n key of what is wrong with this pupil's mark (the sheet's check or the API's row), if anything. */
  problem: string | null;
  onChange: (mark: Mark) => void;
}

/** One pupil of the roll call: present unless "Absent" or "Late" is pressed (one tap each, one more to undo). */
export function PupilMarkRow({ pupil, mark, lessonMinutes, problem, onChange }: PupilMarkRowProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const name = localizedSortName(pupil, language);
  const absent = mark.state === 'ABSENT';
  const late = mark.state === 'LATE';
  return (
    <li className={classes.row} data-state={mark.state} aria-label={t(`absences.rollCall.rowName.${mark.state}`, { name })}>
      <div className={classes.pupil}>
        <Text fw={600}>{name}</Text>
        <Text size="xs" c="dimmed" dir="ltr">
          {pupil.codeMassar}
        </Text>
        {problem && (
          <Text size="sm" c="red.8" role="alert">
            {t(problem, { max: lessonMinutes - 1 })}
          </Text>
        )}
      </div>
      <Group gap="xs" wrap="nowrap" className={classes.marks}>
        <Button
          size="lg"
          className={classes.toggle}
          variant={absent ? 'filled' : 'default'}
          color={absent ? 'red.8' : undefined}
          aria-pressed={absent}
          aria-label={t('absences.rollCall.absentFor', { name })}
          onClick={() => onChange(toggleAbsent(mark))}
        >
          {t('absences.rollCall.absent')}
        </Button>
        <Button
          size="lg"
          className={classes.toggle}
          variant={late ? 'filled' : 'default'}
          color={late ? 'orange.9' : undefined}
          aria-pressed={late}
          aria-label={t('absences.rollCall.lateFor', { name })}
          onClick={() => onChange(toggleLate(mark))}
        >
          {t('absences.rollCall.late')}
        </Button>
        {late && (
          <TextInput
            className={classes.minutes}
            size="lg"
            inputMode="numeric"
            maxLength={3}
            aria-label={t('absences.rollCall.minutesFor', { name })}
            placeholder={t('absences.rollCall.minutesPlaceholder')}
            value={mark.minutesLate}
            error={problem !== null}
            onChange={(event) => onChange({ state: 'LATE', minutesLate: event.currentTarget.value })}
          />
        )}
      </Group>
    </li>
  );
}
