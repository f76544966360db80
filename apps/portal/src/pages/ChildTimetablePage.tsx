import { useQuery } from '@apollo/client/react';
import { ErrorState } from '@massar/client/shell';
import { EmptyState, LoadingState, TermTabs, currentTerm, termFromSearch, useTranslation } from '@massar/ui';
import { useLocation, useParams } from 'react-router';
import { SCHOOLTIME_MESSAGES, SCHOOLTIME_NS } from '../i18n/SchoolTimeMessages';
import { useLazyMessages } from '../i18n/useLazyMessages';
import { ChildPageFrame } from '../modules/children/components/ChildPageFrame';
import { TimetableView } from '../modules/schooltime/components/TimetableView';
import { CHILD_TIMETABLE } from '../modules/schooltime/graphql/queries/childTimetable';

const TERMS = ['S1', 'S2'] as const;

/** One child's week of lessons, this term by default. */
export function ChildTimetablePage() {
  const { t } = useTranslation();
  const { codeMassar = '' } = useParams();
  const term = termFromSearch(useLocation().search, TERMS, currentTerm());
  // The screen's strings come in their own chunk, fetched alongside the query.
  const messagesReady = useLazyMessages(SCHOOLTIME_MESSAGES, SCHOOLTIME_NS);
  const { data, loading, error, refetch } = useQuery(CHILD_TIMETABLE, { variables: { codeMassar, term } });
  const student = data?.student ?? null;

  if (!messagesReady) return <LoadingState />;

  let content;
  if (loading && !data) content = <LoadingState />;
  else if (error) content = <ErrorState error={error} onRetry={() => void refetch()} />;
  else if (!student) content = <EmptyState>{t('results.notFound')}</EmptyState>;
  else content = <TimetableView slots={student.timetable} />;

  return (
    <ChildPageFrame codeMassar={codeMassar} student={student} current="timetable">
      <TermTabs value={term} choices={TERMS} />
      {content}
    </ChildPageFrame>
  );
}
