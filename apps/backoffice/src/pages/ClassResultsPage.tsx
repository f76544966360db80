import { useQuery } from '@apollo/client/react';
import { useViewer, type ClassResultsQuery, type Term } from '@massar/client';
import { ErrorState } from '@massar/client/shell';
import {
  Anchor,
  EmptyState,
  LoadingState,
  PageHeading,
  Stack,
  TermTabs,
  Title,
  currentTerm,
  localizedName,
  localizedSortName,
  termFromSearch,
  useEvaluationLabels,
  useFormatters,
  useLanguage,
  useTranslation,
  type TermChoice,
} from '@massar/ui';
import { useMemo } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { AuditTrailSection } from '../modules/results/components/AuditTrailSection';
import { ClassCouncilDecisions } from '../modules/results/components/ClassCouncilDecisions';
import { ClassResultsTable } from '../modules/results/components/ClassResultsTable';
import { ResultsOverview } from '../modules/results/components/ResultsOverview';
import { TermActions } from '../modules/results/components/TermActions';
import { TermHistory } from '../modules/results/components/TermHistory';
import { CLASS_RESULTS } from '../modules/results/graphql/queries/classResults';
import { ClassOrientation } from '../modules/orientation/components/ClassOrientation';
import { ORIENTATION_LEVELS } from '../modules/orientation/constants/Orientation';

type ResultsClass = Extract<NonNullable<ClassResultsQuery['node']>, { __typename: 'SchoolClass' }>;
const CHOICES: readonly TermChoice[] = ['S1', 'S2', 'YEAR'];

/** A director's view of one class: term results, distribution, lock / publish / reopen, audit trail; the year's class council decisions. */
export function ClassResultsPage() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const labels = useEvaluationLabels();
  const { formatDate } = useFormatters();
  const { classId = '' } = useParams();
  const { viewer } = useViewer();
  const choice = termFromSearch(useLocation().search, CHOICES, currentTerm());
  const term: Term | null = choice === 'YEAR' ? null : choice;
  const { data, loading, error, refetch } = useQuery(CLASS_RESULTS, { variables: { classId, term } });
  const node = data?.node;
  const schoolClass = node?.__typename === 'SchoolClass' ? (node as ResultsClass) : null;

  const audit = useMemo(() => {
    if (!schoolClass) return { assessments: [], pupils: [] };
    const subjects = new Map(schoolClass.subjects.map((s) => [s.subject.id, s.subject]));
    const assessments = [...schoolClass.assessments]
      .sort((a, b) => a.date.localeCompare(b.date))
      .map((a) => {
        const subject = subjects.get(a.subject.id);
        const name = subject ? localizedName(subject, language) : a.subject.code;
        return { id: a.id, label: `${name} — ${labels.assessment(a)} (${formatDate(a.date, { dateStyle: 'medium' })})` };
      });
    const pupils = schoolClass.results.students.map((s) => ({ id: s.student.id, name: localizedSortName(s.student, language) }));
    pupils.sort((a, b) => a.name.localeCompare(b.name, language));
    return { assessments, pupils };
    // labels and formatDate change with the language only.
  }, [schoolClass, language]);

  let content;
  if (loading && !data) content = <LoadingState />;
  else if (error) content = <ErrorState error={error} onRetry={() => void refetch()} />;
  else if (!schoolClass) content = <EmptyState>{t('results.notFound')}</EmptyState>;
  else {
    const students = schoolClass.results.students;
    content = (
      <Stack gap="lg">
        {term && (
          <TermActions classId={classId} term={term} status={term === 'S1' ? schoolClass.s1 : schoolClass.s2} onChanged={() => refetch()}>
            <TermHistory state={term === 'S1' ? schoolClass.s1State : schoolClass.s2State} />
          </TermActions>
        )}
        {students.length === 0 ? (
          <EmptyState>{t('results.empty')}</EmptyState>
        ) : (
          <>
            <ResultsOverview classAverage={schoolClass.results.classAverage ?? null} averages={students.map((s) => s.generalAverage ?? null)} />
            <Stack component="section" gap="sm" aria-labelledby="results-title">
              <Title order={2} size="h4" id="results-title">
                {t('results.title', { term: labels.term(choice) })}
              </Title>
              <ClassResultsTable students={students} subjects={schoolClass.subjects} term={term} />
            </Stack>
            {!term && viewer?.role === 'DIRECTOR' && (
              <ClassCouncilDecisions
                classId={classId}
                students={students}
                s2Status={schoolClass.s2}
                onConfirmed={() => refetch()}
                levelCode={schoolClass.level.code}
                streamCode={schoolClass.stream?.code ?? null}
              />
            )}
            {!term && viewer?.role === 'DIRECTOR' && ORIENTATION_LEVELS.has(schoolClass.level.code) && <ClassOrientation classId={classId} canSetDeadline />}
          </>
        )}
        {term && <AuditTrailSection assessments={audit.assessments} pupils={audit.pupils} />}
      </Stack>
    );
  }

  return (
    <Stack gap="md">
      <Anchor component={Link} to="/">
        {t('nav.home')}
      </Anchor>
      <PageHeading>{schoolClass ? t('results.pageTitle', { className: schoolClass.name }) : t('results.pageTitleShort')}</PageHeading>
      <TermTabs value={choice} choices={CHOICES} />
      {content}
    </Stack>
  );
}
