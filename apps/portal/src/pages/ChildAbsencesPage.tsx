import { useQuery } from '@apollo/client/react';
import { ErrorState } from '@massar/client/shell';
import { EmptyState, LoadingState, Stack, TermTabs, currentTerm, termFromSearch, useTranslation } from '@massar/ui';
import { useLocation, useParams } from 'react-router';
import { SCHOOLTIME_MESSAGES, SCHOOLTIME_NS } from '../i18n/SchoolTimeMessages';
import { useLazyMessages } from '../i18n/useLazyMessages';
import { ChildPageFrame } from '../modules/children/components/ChildPageFrame';
import { AbsencesSection } from '../modules/schooltime/components/AbsencesSection';
import { AttendanceTotals } from '../modules/schooltime/components/AttendanceTotals';
import { CHILD_ABSENCES } from '../modules/schooltime/graphql/queries/childAbsences';

const TERMS = ['S1', 'S2'] as const;

/** One child's absences and late arrivals of a term, with the term's totals, and a way to justify them. */
export function ChildAbsencesPage() {
  const { t } = useTranslation();
  const { codeMassar = '' } = useParams();
  const term = termFromSearch(useLocation().search, TERMS, currentTerm());
  // The screen's strings come in their own chunk, fetched alongside the query.
  const messagesReady = useLazyMessages(SCHOOLTIME_MESSAGES, SCHOOLTIME_NS);
  const { data, loading, error, refetch } = useQuery(CHILD_ABSENCES, { variables: { codeMassar, term } });
  const student = data?.student ?? null;

  if (!messagesReady) return <LoadingState />;

  let content;
  if (loading && !data) content = <LoadingState />;
  else if (error) content = <ErrorState error={error} onRetry={() => void refetch()} />;
  else if (!student) content = <EmptyState>{t('results.notFound')}</EmptyState>;
  else
    content = (
      <Stack gap="md">
        <AttendanceTotals totals={student.attendance} />
        {/* Keyed by term: a selection or an open form does not carry over to another term. */}
        <AbsencesSection key={term} absences={student.absences} onStale={() => void refetch()} />
      </Stack>
    );

  return (
    <ChildPageFrame codeMassar={codeMassar} student={student} current="absences">
      <TermTabs value={term} choices={TERMS} />
      {content}
    </ChildPageFrame>
  );
}
