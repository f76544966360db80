import { useQuery } from '@apollo/client/react';
import { ListSection } from '@massar/client/shell';
import { currentTerm, localizedName, useFormatters, useTranslation } from '@massar/ui';
import { useMemo } from 'react';
import { MY_TIMETABLE } from '../graphql/queries/myTimetable';
import { useWeekWords } from '../hooks/useWeekWords';
import { isoWeekday, lastOccurrence } from '../utils/weekDates';
import { WeekGrid } from './WeekGrid';

const SLOT_MARK = '\u0001';

/**
 * A teacher's own week this term, in every school they teach in, today's lessons highlighted; each
 * lesson opens the roll call of its latest day (today's, or the last one before).
 */
export function TeacherWeek() {
  const { t } = useTranslation();
  const words = useWeekWords();
  const { formatDate } = useFormatters();
  const now = useMemo(() => new Date(), []);
  const term = currentTerm(now);
  const { data, loading, error, refetch } = useQuery(MY_TIMETABLE, { variables: { term } });
  const slots = data?.me?.timetable ?? [];
  const schools = new Set(slots.map((s) => s.schoolClass.school.id));
  const schoolOf = (slot: (typeof slots)[number]) => (schools.size > 1 ? localizedName(slot.schoolClass.school, words.language) : null);
  const today = isoWeekday(now);

  return (
    <ListSection
      id="my-week-title"
      title={t('timetable.teacher.title', { term: t(`timetable.term.${term}`) })}
      loading={loading && !data}
      error={error}
      onRetry={() => void refetch()}
      empty={t('timetable.teacher.empty')}
      itemCount={slots.length}
    >
      <WeekGrid
        slots={slots}
        label={t('timetable.teacher.week')}
        titled={false}
        today={today <= 6 ? today : null}
        segmentsOf={(slot) => words.segmentsOf(slot, [schoolOf(slot)], true)}
        linkOf={(slot) => {
          const date = lastOccurrence(slot.weekday, now);
          // The words around the slot's own ("Faire l'appel : … — lundi 8 septembre"), split where the slot goes.
          const [before = '', after = ''] = t('timetable.teacher.rollCall', { slot: SLOT_MARK, date: formatDate(date, { weekday: 'long', day: 'numeric', month: 'long' }) }).split(SLOT_MARK);
          return { to: `/roll-call/${encodeURIComponent(slot.id)}/${date}`, before, after };
        }}
      />
    </ListSection>
  );
}
