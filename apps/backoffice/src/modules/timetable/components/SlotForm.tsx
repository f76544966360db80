import { useMutation } from '@apollo/client/react';
import { serverErrorMessage, type Term, type TimetableSlotFieldsFragment } from '@massar/client';
import { Alert, Button, Group, NativeSelect, Paper, Stack, Text, TextInput, localizedName, localizedPersonName, useTranslation } from '@massar/ui';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { PLACE_SLOT } from '../graphql/mutations/placeSlot';
import { useSlotClashes } from '../hooks/useSlotClashes';
import { useWeekWords } from '../hooks/useWeekWords';
import { assignedTeacher, draftOf, draftProblems, EMPTY_DRAFT, placementOf, type SlotDraft } from '../utils/slotDraft';
import { slotRefusal, type SlotRefusal } from '../utils/timetableError';
import { SCHOOL_WEEKDAYS } from '../utils/weekGrid';
import { ClashList } from './ClashList';
import { RemoveSlot } from './RemoveSlot';

interface Named {
  code: string;
  nameFr: string;
  nameAr: string;
}
interface Person {
  id: string;
  firstName: string;
  lastName: string;
  firstNameAr: string;
  lastNameAr: string;
}

export interface SlotFormProps {
  classId: string;
  className: string;
  term: Term;
  subjects: readonly Named[];
  assignments: readonly { subject: { code: string }; teacher?: Person | null }[];
  teachers: readonly Person[];
  rooms: readonly string[];
  /** The slot being moved; null: a new one. */
  slot: TimetableSlotFieldsFragment | null;
  onDone: (message: string) => void;
  onCancel: () => void;
}

const FIELDS: (keyof SlotDraft)[] = ['weekday', 'startsAt', 'endsAt', 'subjectCode', 'teacherId', 'room'];

/** Teachers to choose from: the school's, and those the class or the slot already has (a teacher shared with another school). */
function teacherChoices(teachers: readonly Person[], assignments: SlotFormProps['assignments'], slot: SlotFormProps['slot']): Person[] {
  const all = [...teachers, ...assignments.flatMap((a) => (a.teacher ? [a.teacher] : [])), ...(slot?.teacher ? [slot.teacher] : [])];
  return [...new Map(all.map((p) => [p.id, p])).values()];
}

/**
 * Places a slot in the class's week, or moves the one selected: the clash preview runs as the form
 * is filled (debounced) and names each clash before saving; a refusal shows the same.
 */
export function SlotForm({ classId, className, term, subjects, assignments, teachers, rooms, slot, onDone, onCancel }: SlotFormProps) {
  const { t } = useTranslation();
  const words = useWeekWords();
  const [draft, setDraft] = useState<SlotDraft>(() => (slot ? draftOf(slot) : EMPTY_DRAFT));
  const [submitted, setSubmitted] = useState(false);
  const [refusal, setRefusal] = useState<SlotRefusal | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const [place, placing] = useMutation(PLACE_SLOT);
  const preview = useSlotClashes(draft, classId, term, slot?.id ?? null);
  const problems = draftProblems(draft);
  const previewRefusal = slotRefusal(preview.error);

  useEffect(() => {
    if (slot) heading.current?.focus();
  }, [slot]);

  const set = (field: keyof SlotDraft, value: string) => {
    setRefusal(null);
    setFailure(null);
    setDraft((d) => (field === 'subjectCode' ? { ...d, subjectCode: value, teacherId: assignedTeacher(assignments, value) } : { ...d, [field]: value }));
  };

  const fieldError = (field: keyof SlotDraft): string | undefined => {
    if (submitted && problems[field]) return t(`timetable.problem.${problems[field]}`);
    for (const r of [refusal, previewRefusal]) if (r?.field === field) return r.key ? t(r.key) : undefined;
    return undefined;
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    setRefusal(null);
    setFailure(null);
    if (Object.keys(problems).length) return;
    try {
      const { data } = await place({ variables: { input: placementOf(draft, classId, term, slot?.id ?? null) } });
      if (data) onDone(t(slot ? 'timetable.moved' : 'timetable.placed', { name: words.nameOf(data.placeSlot) }));
    } catch (error) {
      const r = slotRefusal(error);
      setRefusal(r);
      if (!r?.clashes.length && !(r?.field && FIELDS.includes(r.field as keyof SlotDraft))) setFailure((r?.key && t(r.key)) || serverErrorMessage(error) || t('timetable.failed'));
    }
  };

  const choices = teacherChoices(teachers, assignments, slot);
  const title = slot ? t('timetable.form.moveTitle', { name: words.nameOf(slot) }) : t('timetable.form.placeTitle', { className });
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="slot-form-title">
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Stack gap="sm">
          <Text component="h2" fw={700} size="lg" id="slot-form-title" ref={heading} tabIndex={-1}>
            {title}
          </Text>
          <Group align="flex-start" gap="sm" wrap="wrap">
            <NativeSelect
              label={t('timetable.form.weekday')}
              value={draft.weekday}
              onChange={(e) => set('weekday', e.currentTarget.value)}
              error={fieldError('weekday')}
              data={SCHOOL_WEEKDAYS.map((d) => ({ value: String(d), label: words.dayName(d) }))}
            />
            <TextInput type="time" label={t('timetable.form.startsAt')} required value={draft.startsAt} onChange={(e) => set('startsAt', e.currentTarget.value)} error={fieldError('startsAt')} />
            <TextInput type="time" label={t('timetable.form.endsAt')} required value={draft.endsAt} onChange={(e) => set('endsAt', e.currentTarget.value)} error={fieldError('endsAt')} />
          </Group>
          <Group align="flex-start" gap="sm" wrap="wrap">
            <NativeSelect
              label={t('timetable.form.subject')}
              required
              value={draft.subjectCode}
              onChange={(e) => set('subjectCode', e.currentTarget.value)}
              error={fieldError('subjectCode')}
              data={[{ value: '', label: t('timetable.form.chooseSubject') }, ...subjects.map((s) => ({ value: s.code, label: localizedName(s, words.language) }))]}
            />
            <NativeSelect
              label={t('timetable.form.teacher')}
              value={draft.teacherId}
              onChange={(e) => set('teacherId', e.currentTarget.value)}
              error={fieldError('teacherId')}
              data={[{ value: '', label: t('timetable.form.teacherDefault') }, ...choices.map((p) => ({ value: p.id, label: localizedPersonName(p, words.language) }))]}
            />
            <TextInput label={t('timetable.form.room')} maxLength={60} list="timetable-rooms" value={draft.room} onChange={(e) => set('room', e.currentTarget.value)} error={fieldError('room')} />
            <datalist id="timetable-rooms">
              {rooms.map((r) => (
                <option key={r} value={r} />
              ))}
            </datalist>
          </Group>
          <div role="status" aria-live="polite">
            {preview.pending && <Text size="sm">{t('timetable.clash.checking')}</Text>}
            {preview.clashes?.length === 0 && !refusal && (
              <Text size="sm" c="teal.9" fw={600}>
                {t('timetable.clash.none')}
              </Text>
            )}
            {!!preview.clashes?.length && !refusal && <ClashList clashes={preview.clashes} mode="preview" />}
            {preview.error && !previewRefusal?.field && (
              <Text size="sm" c="red.9">
                {(previewRefusal?.key && t(previewRefusal.key)) || serverErrorMessage(preview.error) || t('timetable.failed')}
              </Text>
            )}
          </div>
          <div role="alert">
            {!!refusal?.clashes.length && <ClashList clashes={refusal.clashes} mode="refused" />}
            {failure && (
              <Alert color="red" title={t('timetable.refusedTitle')}>
                {failure}
              </Alert>
            )}
          </div>
          <Group gap="sm">
            <Button type="submit" loading={placing.loading}>
              {t(slot ? 'timetable.form.saveMove' : 'timetable.form.save')}
            </Button>
            <Button variant="default" onClick={onCancel}>
              {t(slot ? 'timetable.form.cancelMove' : 'timetable.form.clear')}
            </Button>
          </Group>
          {slot && <RemoveSlot slot={slot} onRemoved={onDone} />}
        </Stack>
      </form>
    </Paper>
  );
}
