import { useQuery } from '@apollo/client/react';
import type { ClassRosterQuery } from '@massar/client';
import { ErrorState, ListSection } from '@massar/client/shell';
import { Anchor, Button, EmptyState, Group, LoadingState, PageHeading, Stack, Text, localizedName, useFormatters, useLanguage, useTranslation } from '@massar/ui';
import { Link, useParams } from 'react-router';
import { ClassRoster } from '../modules/start-of-year/components/ClassRoster';
import { EnrolByCodeForm } from '../modules/start-of-year/components/EnrolByCodeForm';
import { MoveSelectionForm } from '../modules/start-of-year/components/MoveSelectionForm';
import { Pager } from '../modules/start-of-year/components/Pager';
import { SchoolStaffOnly } from '../modules/start-of-year/components/SchoolStaffOnly';
import { ClassTeaching } from '../modules/start-of-year/components/ClassTeaching';
import { CLASS_ROSTER } from '../modules/start-of-year/graphql/queries/classRoster';
import { usePager } from '../modules/start-of-year/hooks/usePager';
import { isFull, placesLeft } from '../modules/start-of-year/utils/classCapacity';
import { teachingRows } from '../modules/start-of-year/utils/teachingAssignments';

type RosterClass = Extract<NonNullable<ClassRosterQuery['node']>, { __typename: 'SchoolClass' }>;
const PAGE_SIZE = 25;

function ClassAssignment({ classId }: { classId: string }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { formatNumber } = useFormatters();
  const page = usePager(classId);
  const { data, loading, error, refetch } = useQuery(CLASS_ROSTER, {
    variables: { classId, first: PAGE_SIZE, after: page.after },
    fetchPolicy: 'cache-and-network',
  });
  const node = data?.node;
  const schoolClass = node?.__typename === 'SchoolClass' ? (node as RosterClass) : null;

  if (loading && !data) return <LoadingState />;
  if (error && !schoolClass) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (!schoolClass) return <EmptyState>{t('classPage.notFound')}</EmptyState>;

  const { students } = schoolClass;
  const enrolled = schoolClass.enrolledCount;
  const pupils = students.edges.map((e) => e.node);
  return (
    <Stack gap="lg">
      <PageHeading>{t('classPage.title', { className: schoolClass.name, year: schoolClass.schoolYear.name })}</PageHeading>
      <Group gap="lg">
        <Text>
          {localizedName(schoolClass.level, language)}
          {schoolClass.stream && ` · ${localizedName(schoolClass.stream, language)}`}
        </Text>
        <Text fw={600}>{t('startOfYear.enrolledOf', { enrolled: formatNumber(enrolled), capacity: formatNumber(schoolClass.capacity) })}</Text>
        <Text>
          {isFull(schoolClass.capacity, enrolled)
            ? t('startOfYear.full')
            : t('registration.placesLeft', { count: placesLeft(schoolClass.capacity, enrolled), left: formatNumber(placesLeft(schoolClass.capacity, enrolled)) })}
        </Text>
      </Group>
      <Group gap="sm">
        {!isFull(schoolClass.capacity, enrolled) && (
          <Button component={Link} to={`/start-of-year/register?classId=${encodeURIComponent(schoolClass.id)}`}>
            {t('startOfYear.registerInNamed', { className: schoolClass.name })}
          </Button>
        )}
      </Group>
      <EnrolByCodeForm classId={schoolClass.id} className={schoolClass.name} onEnrolled={() => refetch()} />
      <ListSection
        id="roster-title"
        title={t('roster.title', { className: schoolClass.name })}
        loading={false}
        error={error}
        onRetry={() => void refetch()}
        empty={t('roster.empty')}
        itemCount={pupils.length}
      >
        <ClassRoster
          key={page.after ?? 'first'}
          className={schoolClass.name}
          pupils={pupils}
          selectionActions={(selected, clear) => (
            <MoveSelectionForm
              schoolClass={{ id: schoolClass.id, name: schoolClass.name, levelId: schoolClass.level.id, schoolCode: schoolClass.school.code, year: schoolClass.schoolYear.name }}
              codes={selected.map((p) => p.codeMassar)}
              onMoved={async () => {
                clear();
                await refetch();
              }}
            />
          )}
        />
        <Pager
          label={t('roster.pages', { className: schoolClass.name })}
          pager={page.pager}
          pageSize={PAGE_SIZE}
          shown={pupils.length}
          total={students.totalCount}
          hasNextPage={students.pageInfo.hasNextPage}
          onNext={() => page.next(students.pageInfo.endCursor)}
          onPrevious={page.previous}
        />
      </ListSection>
      <ClassTeaching
        classId={schoolClass.id}
        className={schoolClass.name}
        schoolCode={schoolClass.school.code}
        rows={teachingRows(schoolClass.subjects, schoolClass.teachingAssignments)}
        onChanged={() => refetch()}
      />
    </Stack>
  );
}

/** One class of the year: its pupils (paged, selectable, movable to another class of the level), enrolment of an existing pupil by code Massar, its subjects' teachers (assigned by the director). */
export function ClassAssignmentPage() {
  const { t } = useTranslation();
  const { classId = '' } = useParams();
  return (
    <Stack gap="md">
      <Anchor component={Link} to="/start-of-year">
        {t('startOfYear.back')}
      </Anchor>
      <SchoolStaffOnly>{() => <ClassAssignment classId={classId} />}</SchoolStaffOnly>
    </Stack>
  );
}
