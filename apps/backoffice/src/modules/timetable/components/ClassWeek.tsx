import { useQuery } from '@apollo/client/react';
import type { Term, TimetableSlotFieldsFragment } from '@massar/client';
import { ErrorState } from '@massar/client/shell';
import { Alert, Button, Group, LoadingState, Stack, useTranslation } from '@massar/ui';
import { useEffect, useState } from 'react';
import { CLASS_TIMETABLE } from '../graphql/queries/classTimetable';
import { useWeekWords } from '../hooks/useWeekWords';
import { SlotForm } from './SlotForm';
import { focusSlot, WeekGrid } from './WeekGrid';

interface Person {
  id: string;
  firstName: string;
  lastName: string;
  firstNameAr: string;
  lastNameAr: string;
}

export interface ClassWeekProps {
  classId: string;
  term: Term;
  teachers: readonly Person[];
  rooms: readonly string[];
  /** A slot to select once the week is loaded (opened from the room's week). */
  selectSlotId?: string | null;
  /** After a change: the rooms and other views may have changed too. */
  onChanged: () => void;
}

/** A class's week as a grid, a slot selected to move or remove it, and the form to place one. */
export function ClassWeek({ classId, term, teachers, rooms, selectSlotId = null, onChanged }: ClassWeekProps) {
  const { t } = useTranslation();
  const words = useWeekWords();
  const { data, loading, error, refetch } = useQuery(CLASS_TIMETABLE, { variables: { classId, term } });
  const [selected, setSelected] = useState<TimetableSlotFieldsFragment | null>(null);
  const [formKey, setFormKey] = useState(0);
  const [outcome, setOutcome] = useState<string | null>(null);
  const [toSelect, setToSelect] = useState(selectSlotId);
  const schoolClass = data?.node?.__typename === 'SchoolClass' ? data.node : null;

  useEffect(() => {
    if (!toSelect || !schoolClass) return;
    setSelected(schoolClass.timetable.find((s) => s.id === toSelect) ?? null);
    setToSelect(null);
  }, [toSelect, schoolClass]);

  if (loading && !data) return <LoadingState />;
  if (error && !data) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (!schoolClass) return null;

  const done = (message: string) => {
    setOutcome(message);
    setSelected(null);
    setFormKey((k) => k + 1);
    void refetch();
    onChanged();
  };
  const cancel = () => {
    const id = selected?.id;
    setSelected(null);
    setFormKey((k) => k + 1);
    // Back to the slot that was being moved, for a keyboard user.
    if (id) requestAnimationFrame(() => focusSlot(document, id));
  };
  const select = (slot: TimetableSlotFieldsFragment) => {
    setOutcome(null);
    setSelected((current) => (current?.id === slot.id ? null : slot));
    setFormKey((k) => k + 1);
  };

  return (
    <Stack gap="md">
      {outcome && (
        <Alert color="green" role="status">
          {outcome}
        </Alert>
      )}
      <WeekGrid
        slots={schoolClass.timetable}
        label={t('timetable.classWeek', { className: schoolClass.name })}
        segmentsOf={(slot) => words.segmentsOf(slot, [words.teacher(slot)])}
        onSelect={select}
        selectedId={selected?.id ?? null}
      />
      <Group>
        {selected && (
          <Button variant="default" onClick={cancel}>
            {t('timetable.form.newInstead')}
          </Button>
        )}
      </Group>
      <SlotForm
        key={`${selected?.id ?? 'new'}-${formKey}`}
        classId={classId}
        className={schoolClass.name}
        term={term}
        subjects={schoolClass.subjects.map((s) => s.subject)}
        assignments={schoolClass.teachingAssignments}
        teachers={teachers}
        rooms={rooms}
        slot={selected}
        onDone={done}
        onCancel={cancel}
      />
    </Stack>
  );
}
