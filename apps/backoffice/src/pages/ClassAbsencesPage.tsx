import { useQuery } from '@apollo/client/react';
import { ErrorState } from '@massar/client/shell';
import { Button, EmptyState, Group, LoadingState, NativeSelect, PageHeading, Stack, TextInput, useTranslation } from '@massar/ui';
import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { AbsencesSectionNav } from '../modules/absences/components/AbsencesSectionNav';
import { ClassAbsenceWeek } from '../modules/absences/components/ClassAbsenceWeek';
import { ABSENCE_CLASSES } from '../modules/absences/graphql/queries/absenceClasses';
import { addDays } from '../modules/absences/utils/localDates';
import { weekFromSearch } from '../modules/absences/utils/weekGrid';
import { SchoolStaffOnly } from '../modules/start-of-year/components/SchoolStaffOnly';

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, undefined, { numeric: true });

function WeekChoice({ schoolCode }: { schoolCode: string }) {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const today = useMemo(() => new Date(), []);
  const monday = weekFromSearch(params.get('week'), today);
  const { data, loading, error, refetch } = useQuery(ABSENCE_CLASSES, { variables: { code: schoolCode } });
  const classes = useMemo(() => [...(data?.school?.classes ?? [])].sort(byName), [data]);
  const classId = classes.some((c) => c.id === params.get('class')) ? params.get('class')! : (classes[0]?.id ?? '');

  // The address keeps the class and the week (the back button, a shared link).
  const choose = (changes: Record<string, string>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(changes)) next.set(k, v);
    setParams(next, { replace: true });
  };

  if (loading && !data) return <LoadingState />;
  if (error && !data) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (!classes.length) return <EmptyState>{t('absences.week.noClasses')}</EmptyState>;
  return (
    <Stack gap="md">
      <Group align="flex-end" gap="md" wrap="wrap">
        <NativeSelect label={t('absences.week.class')} w={200} value={classId} onChange={(e) => choose({ class: e.currentTarget.value })} data={classes.map((c) => ({ value: c.id, label: c.name }))} />
        <TextInput type="date" label={t('absences.week.weekOf')} w={200} value={monday} onChange={(e) => e.currentTarget.value && choose({ week: e.currentTarget.value })} />
        <Group gap="xs">
          <Button variant="default" onClick={() => choose({ week: addDays(monday, -7) })}>
            {t('absences.week.previous')}
          </Button>
          <Button variant="default" onClick={() => choose({ week: addDays(monday, 7) })}>
            {t('absences.week.next')}
          </Button>
        </Group>
      </Group>
      <ClassAbsenceWeek classId={classId} monday={monday} />
    </Stack>
  );
}

/** A class's absences for a week, pupils × days, with the term's totals: the school's director and secretariat. */
export function ClassAbsencesPage() {
  const { t } = useTranslation();
  return (
    <SchoolStaffOnly>
      {(schoolCode) => (
        <Stack gap="lg">
          <PageHeading>{t('absences.week.title')}</PageHeading>
          <AbsencesSectionNav current="week" />
          <WeekChoice schoolCode={schoolCode} />
        </Stack>
      )}
    </SchoolStaffOnly>
  );
}
