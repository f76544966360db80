import { useQuery } from '@apollo/client/react';
import type { Term, TimetableSlotFieldsFragment } from '@massar/client';
import { ErrorState } from '@massar/client/shell';
import { LoadingState, useTranslation } from '@massar/ui';
import { ROOM_TIMETABLE } from '../graphql/queries/roomTimetable';
import { useWeekWords } from '../hooks/useWeekWords';
import { WeekGrid } from './WeekGrid';

export interface RoomWeekProps {
  schoolCode: string;
  term: Term;
  room: string;
  /** A slot chosen: it is moved from its class's week. */
  onOpen: (slot: TimetableSlotFieldsFragment) => void;
}

/** One room's week across the school's classes; a slot opens its class's week, selected. */
export function RoomWeek({ schoolCode, term, room, onOpen }: RoomWeekProps) {
  const { t } = useTranslation();
  const words = useWeekWords();
  const { data, loading, error, refetch } = useQuery(ROOM_TIMETABLE, { variables: { code: schoolCode, term, room }, fetchPolicy: 'cache-and-network' });
  if (loading && !data) return <LoadingState />;
  if (error && !data) return <ErrorState error={error} onRetry={() => void refetch()} />;
  const slots = data?.school?.timetable ?? [];
  return (
    <WeekGrid
      slots={slots}
      label={t('timetable.roomWeek', { room: words.room(room) })}
      segmentsOf={(slot) => words.segmentsOf(slot, [words.teacher(slot)], true)}
      onSelect={onOpen}
    />
  );
}
