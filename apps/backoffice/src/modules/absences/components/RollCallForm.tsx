import { useMutation } from '@apollo/client/react';
import { serverErrorMessage, type RollCallQuery } from '@massar/client';
import { Alert, Button, Group, Stack, Text, useFormatters, useTranslation } from '@massar/ui';
import { useMemo, useState } from 'react';
import { RECORD_ROLL_CALL } from '../graphql/mutations/recordRollCall';
import { countMarks, marksChanged, marksFromSheet, PRESENT, rollCallDraft, type Mark, type MarkProblem } from '../utils/rollCallMarks';
import { rollCallRefusal } from '../utils/rollCallRefusal';
import { PupilMarkRow } from './PupilMarkRow';
import classes from './RollCall.module.css';

type Sheet = NonNullable<RollCallQuery['rollCall']>;

export interface RollCallFormProps {
  sheet: Sheet;
  /** Once saved, with the counts in words: the page says so and reads the sheet again (the form is then rebuilt from it). */
  onSaved: (counts: string) => Promise<unknown>;
  /** A mark changed after a save. */
  onEdit: () => void;
}

/**
 * The class list with a mark per pupil (present by default, the current marks when re-taken), the
 * counts, and Save: one recordRollCall, all or nothing, that replaces the earlier roll call.
 */
export function RollCallForm({ sheet, onSaved, onEdit }: RollCallFormProps) {
  const { t } = useTranslation();
  const { formatNumber, formatDate } = useFormatters();
  const saved = useMemo(() => marksFromSheet(sheet.pupils), [sheet.pupils]);
  const order = useMemo(() => sheet.pupils.map((p) => p.student.codeMassar), [sheet.pupils]);
  const [marks, setMarks] = useState(saved);
  const [problems, setProblems] = useState<MarkProblem[]>([]);
  const [record, recording] = useMutation(RECORD_ROLL_CALL);
  const counts = countMarks(marks);
  const dirty = marksChanged(marks, saved);
  const refusal = rollCallRefusal(recording.error);

  const change = (code: string, mark: Mark) => {
    setMarks((m) => ({ ...m, [code]: mark }));
    setProblems((p) => p.filter((x) => x.codeMassar !== code));
    onEdit();
  };

  const save = async () => {
    const draft = rollCallDraft(sheet.slotId, sheet.date, order, marks, sheet.minutes);
    setProblems(draft.problems);
    if (!draft.input) return;
    try {
      await record({ variables: { input: draft.input } });
      await onSaved(countText);
    } catch {
      // Worded from recording.error below: nothing was written.
    }
  };

  const problemOf = (code: string) => problems.find((p) => p.codeMassar === code)?.key ?? (refusal?.codes.includes(code) ? (refusal.key ?? 'absences.reasons.row') : null);
  const countText = t('absences.rollCall.counts', { present: formatNumber(counts.present), absent: formatNumber(counts.absent), late: formatNumber(counts.late) });

  return (
    <Stack gap="md">
      {sheet.taken && sheet.recordedAt && (
        <Alert color="blue" role="status">
          {t('absences.rollCall.takenBy', {
            name: sheet.recordedBy ?? t('absences.rollCall.someone'),
            when: formatDate(sheet.recordedAt, { dateStyle: 'medium', timeStyle: 'short' }),
          })}
        </Alert>
      )}
      <Group justify="space-between">
        <Text>{t('absences.rollCall.hint')}</Text>
        <Button
          variant="subtle"
          onClick={() => {
            setMarks(Object.fromEntries(order.map((c) => [c, PRESENT])));
            onEdit();
          }}
        >
          {t('absences.rollCall.allPresent')}
        </Button>
      </Group>
      <ul className={classes.list} aria-label={t('absences.rollCall.listName')}>
        {sheet.pupils.map((p) => (
          <PupilMarkRow
            key={p.student.id}
            pupil={p.student}
            mark={marks[p.student.codeMassar] ?? PRESENT}
            lessonMinutes={sheet.minutes}
            problem={problemOf(p.student.codeMassar)}
            onChange={(mark) => change(p.student.codeMassar, mark)}
          />
        ))}
      </ul>
      <Stack gap="xs" className={classes.saveBar}>
        {recording.error && (
          <Alert color="red" role="alert" title={t('absences.rollCall.notSaved')}>
            {refusal?.key ? t(refusal.key) : (serverErrorMessage(recording.error) ?? t('absences.networkError'))}
          </Alert>
        )}
        {problems.length > 0 && (
          <Alert color="red" role="alert">
            {t('absences.rollCall.fixMarks', { count: problems.length })}
          </Alert>
        )}
        <Group justify="space-between" wrap="wrap">
          <Text fw={600} aria-live="polite">
            {countText}
          </Text>
          <Button size="lg" onClick={() => void save()} loading={recording.loading} disabled={sheet.taken && !dirty}>
            {sheet.taken ? t('absences.rollCall.saveAgain') : t('absences.rollCall.save')}
          </Button>
        </Group>
      </Stack>
    </Stack>
  );
}
