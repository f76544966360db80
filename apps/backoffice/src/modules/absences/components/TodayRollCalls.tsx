import { useQuery } from '@apollo/client/react';
import { ListSection } from '@massar/client/shell';
import { Badge, Button, Group, Stack, Text, currentTerm, useTranslation } from '@massar/ui';
import { useMemo } from 'react';
import { Link } from 'react-router';
import { MY_LESSONS } from '../graphql/queries/myLessons';
import { useLessonWords } from '../hooks/useLessonWords';
import { lessonDay, rollCallPath } from '../utils/lessonToCall';

/**
 * The teacher's home: the roll call of the lesson under way (else today's next, else the day's
 * last) first, then the day's other lessons; on a day without lessons, the last day's.
 */
export function TodayRollCalls() {
  const { t } = useTranslation();
  const words = useLessonWords();
  const now = useMemo(() => new Date(), []);
  const { data, loading, error, refetch } = useQuery(MY_LESSONS, { variables: { term: currentTerm(now) } });
  const day = lessonDay(data?.me?.timetable ?? [], now);
  const first = day?.first ?? null;
  const others = day?.lessons.filter((l) => l !== first) ?? [];

  return (
    <ListSection
      id="today-roll-calls"
      title={day && !day.today ? t('absences.home.titleLastDay', { day: words.day(day.date) }) : t('absences.home.title')}
      loading={loading && !data}
      error={error}
      onRetry={() => void refetch()}
      empty={t('absences.home.empty')}
      itemCount={day?.lessons.length ?? 0}
    >
      {first && (
        <Stack gap="sm">
          <Group gap="sm" wrap="wrap">
            <Button component={Link} to={rollCallPath(first.lesson.id, first.date)} size="lg">
              {t(`absences.home.first.${first.when}`, { lesson: words.name(first.lesson) })}
            </Button>
          </Group>
          {others.length > 0 && (
            <Stack gap={4} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }} aria-label={t('absences.home.others')}>
              {others.map((l) => (
                <Group component="li" key={l.lesson.id} gap="sm">
                  <Button component={Link} to={rollCallPath(l.lesson.id, l.date)} variant="default" size="md">
                    {t('absences.home.rollCallOf', { lesson: words.name(l.lesson) })}
                  </Button>
                  {l.when === 'over' && (
                    <Badge color="gray" variant="light">
                      {t('absences.home.over')}
                    </Badge>
                  )}
                </Group>
              ))}
            </Stack>
          )}
          <Text size="sm" c="dimmed">
            {t('absences.home.hint')}
          </Text>
        </Stack>
      )}
    </ListSection>
  );
}
