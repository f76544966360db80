import { useQuery } from '@apollo/client/react';
import type { Term } from '@massar/client';
import { ErrorState } from '@massar/client/shell';
import { Button, EmptyState, Group, LoadingState, NativeSelect, PageHeading, Stack, TermTabs, currentTerm, termFromSearch, useTranslation } from '@massar/ui';
import { useMemo } from 'react';
import { Link, useSearchParams } from 'react-router';
import { SchoolStaffOnly } from '../modules/start-of-year/components/SchoolStaffOnly';
import { ClassWeek } from '../modules/timetable/components/ClassWeek';
import { CopyTimetablePanel } from '../modules/timetable/components/CopyTimetablePanel';
import { RoomWeek } from '../modules/timetable/components/RoomWeek';
import { TIMETABLE_SCHOOL } from '../modules/timetable/graphql/queries/timetableSchool';
import { useWeekWords } from '../modules/timetable/hooks/useWeekWords';

const TERMS: readonly Term[] = ['S1', 'S2'];
const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, undefined, { numeric: true });

/** The class or room view, as links that keep the term (the address holds the choice). */
function ViewTabs({ view }: { view: 'class' | 'room' }) {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const href = (v: string) => {
    const next = new URLSearchParams(params);
    next.set('view', v);
    return `?${next.toString()}`;
  };
  return (
    <Group component="nav" aria-label={t('timetable.viewNav')} gap="xs">
      {(['class', 'room'] as const).map((v) => (
        <Button key={v} component={Link} to={href(v)} replace size="sm" variant={v === view ? 'filled' : 'default'} aria-current={v === view ? 'page' : undefined}>
          {t(`timetable.view.${v}`)}
        </Button>
      ))}
    </Group>
  );
}

function TimetableEditor({ schoolCode }: { schoolCode: string }) {
  const { t } = useTranslation();
  const words = useWeekWords();
  const [params, setParams] = useSearchParams();
  const term = termFromSearch(`?${params.toString()}`, TERMS, currentTerm());
  const view = params.get('view') === 'room' ? 'room' : 'class';
  const { data, loading, error, refetch } = useQuery(TIMETABLE_SCHOOL, { variables: { code: schoolCode, term } });
  const school = data?.school;
  const classes = useMemo(() => [...(school?.classes ?? [])].sort(byName), [school]);
  const teachers = useMemo(() => (school?.staffMembers ?? []).filter((s) => s.position === 'TEACHER'), [school]);
  const rooms = school?.rooms ?? [];

  const choose = (changes: Record<string, string | null>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(changes)) {
      if (v) next.set(k, v);
      else next.delete(k);
    }
    setParams(next, { replace: true });
  };

  const classId = classes.some((c) => c.id === params.get('class')) ? params.get('class')! : (classes[0]?.id ?? '');
  const room = rooms.includes(params.get('room') ?? '') ? params.get('room')! : (rooms[0] ?? '');
  const yearName = classes[0]?.schoolYear.name ?? '';

  return (
    <Stack gap="lg">
      <PageHeading>{t('timetable.title')}</PageHeading>
      <Group gap="lg" wrap="wrap">
        <TermTabs value={term} />
        <ViewTabs view={view} />
      </Group>
      {loading && !data && <LoadingState />}
      {error && !data && <ErrorState error={error} onRetry={() => void refetch()} />}
      {school && view === 'class' && (
        <>
          {classes.length ? (
            <NativeSelect
              label={t('timetable.chooseClass')}
              w={240}
              value={classId}
              onChange={(e) => choose({ class: e.currentTarget.value, slot: null })}
              data={classes.map((c) => ({ value: c.id, label: c.name }))}
            />
          ) : (
            <EmptyState>{t('timetable.noClasses')}</EmptyState>
          )}
          {classId && (
            <ClassWeek
              key={`${classId}-${term}`}
              classId={classId}
              term={term}
              teachers={teachers}
              rooms={rooms}
              selectSlotId={params.get('slot')}
              onChanged={() => void refetch()}
            />
          )}
        </>
      )}
      {school && view === 'room' && (
        <>
          {rooms.length ? (
            <NativeSelect
              label={t('timetable.chooseRoom')}
              w={240}
              value={room}
              onChange={(e) => choose({ room: e.currentTarget.value })}
              data={rooms.map((r) => ({ value: r, label: words.room(r) ?? r }))}
            />
          ) : (
            <EmptyState>{t('timetable.noRooms')}</EmptyState>
          )}
          {room && (
            <RoomWeek
              schoolCode={schoolCode}
              term={term}
              room={room}
              onOpen={(slot) => choose({ view: 'class', class: slot.schoolClass.id, slot: slot.id })}
            />
          )}
        </>
      )}
      {school && yearName && <CopyTimetablePanel schoolCode={schoolCode} term={term} yearName={yearName} onCopied={() => void refetch()} />}
    </Stack>
  );
}

/** The timetable editor of the school's director and secretariat: a class's week, a room's, a term copied. */
export function TimetablePage() {
  return <SchoolStaffOnly>{(schoolCode) => <TimetableEditor schoolCode={schoolCode} />}</SchoolStaffOnly>;
}
