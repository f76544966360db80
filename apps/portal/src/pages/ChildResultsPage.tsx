import { useQuery } from '@apollo/client/react';
import type { Term } from '@massar/client';
import { ErrorState } from '@massar/client/shell';
import {
  Alert,
  Anchor,
  EmptyState,
  LoadingState,
  PageHeading,
  Stack,
  TermTabs,
  Text,
  Title,
  currentTerm,
  localizedPersonName,
  termFromSearch,
  useDerivationText,
  useEvaluationLabels,
  useLanguage,
  useTranslation,
  type TermChoice,
} from '@massar/ui';
import { useMemo } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { ChildNav } from '../modules/children/components/ChildNav';
import { ResultsAttendance } from '../modules/results/components/ResultsAttendance';
import { ResultsSummary } from '../modules/results/components/ResultsSummary';
import { SubjectResults, type ChildGrade } from '../modules/results/components/SubjectResults';
import { UpcomingAssessments } from '../modules/results/components/UpcomingAssessments';
import { CHILD_RESULTS } from '../modules/results/graphql/queries/childResults';
import { isoDay, upcomingAssessments } from '../modules/results/utils/upcomingAssessments';

const CHOICES: readonly TermChoice[] = ['S1', 'S2', 'YEAR'];

/** One child's results term by term (once published) and the dates of the coming tests. */
export function ChildResultsPage() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const labels = useEvaluationLabels();
  const { codeMassar = '' } = useParams();
  const choice = termFromSearch(useLocation().search, CHOICES, currentTerm());
  const term: Term | null = choice === 'YEAR' ? null : choice;
  const { data, loading, error, refetch } = useQuery(CHILD_RESULTS, { variables: { codeMassar } });
  const student = data?.student ?? null;
  const enrolment = student?.enrolments.find((e) => e.status === 'ACTIVE') ?? student?.enrolments[0] ?? null;
  const schoolClass = enrolment?.schoolClass ?? null;

  const { upcoming, grades } = useMemo(() => {
    const assessments = (schoolClass?.assessments ?? []).filter((a) => !term || a.term === term);
    const own: ChildGrade[] = assessments
      .flatMap((a) =>
        a.grades
          .filter((g) => g.student.id === student?.id)
          .map((g) => ({ subjectId: a.subject.id, assessment: a, date: a.date, value: g.value, absence: g.absence })),
      )
      .sort((a, b) => a.date.localeCompare(b.date));
    return { upcoming: upcomingAssessments(assessments, isoDay(new Date())), grades: own };
  }, [schoolClass, term, student?.id]);

  const results = student ? (term === 'S1' ? student.s1 : term === 'S2' ? student.s2 : student.year) : null;
  const name = student ? localizedPersonName(student, language) : '';
  const subjectNames = useMemo(() => (results?.subjects ?? []).map((s) => s.subject), [results]);
  const word = useDerivationText(subjectNames);

  let content;
  if (loading && !data) content = <LoadingState />;
  else if (error) content = <ErrorState error={error} onRetry={() => void refetch()} />;
  else if (!student) content = <EmptyState>{t('results.notFound')}</EmptyState>;
  else
    content = (
      <Stack gap="md">
        {results ? (
          <>
            <ResultsSummary
              generalAverage={results.generalAverage}
              rank={results.rank}
              classAverage={results.classAverage}
              decision={term ? null : results.decision}
              derivation={results.derivation}
              word={word}
            />
            <ResultsAttendance totals={results.attendance} />
            <section aria-labelledby="subjects-title">
              <Title order={2} size="h4" id="subjects-title" mb="xs">
                {t('results.subjects')}
              </Title>
              <SubjectResults subjects={results.subjects} grades={grades} word={word} />
            </section>
          </>
        ) : (
          <Alert color="blue" title={t('results.notPublishedTitle')}>
            {t(term ? 'results.notPublished' : 'results.yearNotPublished', { term: labels.term(choice) })}
          </Alert>
        )}
        {term && <UpcomingAssessments assessments={upcoming} />}
      </Stack>
    );

  return (
    <Stack gap="md">
      <Anchor component={Link} to="/">
        {t('nav.home')}
      </Anchor>
      <PageHeading>{student ? name : t('results.title')}</PageHeading>
      {schoolClass && enrolment && (
        <Text c="dimmed" mt="-md">
          <bdi>{schoolClass.name}</bdi> · {enrolment.schoolYear.name} · <bdi>{student?.codeMassar}</bdi>
        </Text>
      )}
      <ChildNav codeMassar={codeMassar} current="results" />
      <TermTabs value={choice} choices={CHOICES} />
      {content}
    </Stack>
  );
}
