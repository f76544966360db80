import { useQuery } from '@apollo/client/react';
import { ErrorState } from '@massar/client/shell';
import { EmptyState, LoadingState, Stack, useTranslation } from '@massar/ui';
import { useParams } from 'react-router';
import { MOBILITY_MESSAGES, MOBILITY_NS } from '../i18n/MobilityMessages';
import { useLazyMessages } from '../i18n/useLazyMessages';
import { ChildPageFrame } from '../modules/children/components/ChildPageFrame';
import { CHILD_SCHOOLING } from '../modules/schooling/graphql/queries/childSchooling';
import { CurrentSchooling, SchoolHistory } from '../modules/schooling/components/SchoolingSections';

/** One child's school and class of today, and every school they were enrolled in. */
export function ChildSchoolingPage() {
  const { t } = useTranslation();
  const { codeMassar = '' } = useParams();
  // The screen's strings come in their own chunk, fetched alongside the query.
  const messagesReady = useLazyMessages(MOBILITY_MESSAGES, MOBILITY_NS);
  const { data, loading, error, refetch } = useQuery(CHILD_SCHOOLING, { variables: { codeMassar } });
  const student = data?.student ?? null;

  if (!messagesReady) return <LoadingState />;

  let content;
  if (loading && !data) content = <LoadingState />;
  else if (error) content = <ErrorState error={error} onRetry={() => void refetch()} />;
  else if (!student) content = <EmptyState>{t('results.notFound')}</EmptyState>;
  else
    content = (
      <Stack gap="lg">
        <CurrentSchooling enrolments={student.enrolments} />
        <SchoolHistory enrolments={student.enrolments} />
      </Stack>
    );

  return (
    <ChildPageFrame codeMassar={codeMassar} student={student} current="schooling">
      {content}
    </ChildPageFrame>
  );
}
