import { Box, Button, Group, Title, VisuallyHidden, directionOf, useLanguage, useTranslation } from '@massar/ui';
import { useRef, useState, type KeyboardEvent } from 'react';
import { SCHOOLTIME_T } from '../../../i18n/SchoolTimeMessages';
import { useWeekdayNames } from '../hooks/useWeekdayNames';
import { tabAfterKey, type TimetableDay } from '../utils/timetableDays';
import { TimetableDayLessons } from './TimetableDayLessons';
import type { TimetableLessonSlot } from './TimetableLesson';

/**
 * One day at a time (a phone), today's first: a tab per school day (arrow keys move between them,
 * in the reading direction), the chosen day's lessons below.
 */
export function TimetableDayTabs({ days, today }: { days: readonly TimetableDay<TimetableLessonSlot>[]; today: number }) {
  const { t } = useTranslation(SCHOOLTIME_T);
  const { language } = useLanguage();
  const names = useWeekdayNames();
  const [chosen, setChosen] = useState(today);
  const tabs = useRef(new Map<number, HTMLButtonElement>());
  const day = days.find((d) => d.weekday === chosen) ?? days[0];
  if (!day) return null;
  const dayName = (weekday: number) => (weekday === today ? t('timetable.todayDay', { day: names.long(weekday) }) : names.long(weekday));

  const onKeyDown = (event: KeyboardEvent, index: number) => {
    const next = tabAfterKey(event.key, index, days.length, directionOf(language) === 'rtl');
    if (next === null) return;
    event.preventDefault();
    const weekday = days[next]!.weekday;
    setChosen(weekday);
    tabs.current.get(weekday)?.focus();
  };

  return (
    <Box>
      <Group role="tablist" aria-label={t('timetable.dayNav')} gap={4} grow wrap="nowrap" mb="sm">
        {days.map((d, index) => {
          const selected = d.weekday === day.weekday;
          return (
            <Button
              key={d.weekday}
              ref={(element) => {
                if (element) tabs.current.set(d.weekday, element);
                else tabs.current.delete(d.weekday);
              }}
              role="tab"
              id={`day-tab-${d.weekday}`}
              aria-selected={selected}
              aria-controls="day-panel"
              tabIndex={selected ? 0 : -1}
              size="compact-md"
              px={4}
              variant={selected ? 'filled' : d.weekday === today ? 'light' : 'default'}
              onClick={() => setChosen(d.weekday)}
              onKeyDown={(event) => onKeyDown(event, index)}
            >
              {/* Short on screen (six fit at 360 px), the day's full name for a screen reader. */}
              <span aria-hidden>{names.short(d.weekday)}</span>
              <VisuallyHidden>{dayName(d.weekday)}</VisuallyHidden>
            </Button>
          );
        })}
      </Group>
      <div role="tabpanel" id="day-panel" aria-labelledby={`day-tab-${day.weekday}`} tabIndex={0}>
        <Title order={2} size="h5" mb="xs">
          {dayName(day.weekday)}
        </Title>
        <TimetableDayLessons slots={day.slots} />
      </div>
    </Box>
  );
}
