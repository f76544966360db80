import { useQuery } from '@apollo/client/react';
import { ErrorState } from '@massar/client/shell';
import { EmptyState, LoadingState, Stack, Text, useTranslation } from '@massar/ui';
import { useParams } from 'react-router';
import { SUPPORT_MESSAGES, SUPPORT_NS, SUPPORT_T } from '../i18n/SupportMessages';
import { useLazyMessages } from '../i18n/useLazyMessages';
import { ChildPageFrame } from '../modules/children/components/ChildPageFrame';
import { SupportProgrammeCard } from '../modules/support/components/SupportProgrammeCard';
import { CHILD_SUPPORT } from '../modules/support/graphql/queries/childSupport';
import { currentYearName, thisYears } from '../modules/support/utils/childSupport';

/** The child's social support programmes this year and, for Tayssir, each month paid or lost and why. */
export function ChildSupportPage() {
  const { t } = useTranslation(SUPPORT_T);
  const { codeMassar = '' } = useParams();
  // The page's strings come in their own chunk, fetched alongside the query (never with the login page).
  const messagesReady = useLazyMessages(SUPPORT_MESSAGES, SUPPORT_NS);
  const { data, loading, error, refetch } = useQuery(CHILD_SUPPORT, { variables: { codeMassar }, fetchPolicy: 'cache-and-network' });
  const student = data?.student ?? null;

  if (!messagesReady) return <LoadingState />;

  const year = currentYearName(data?.schoolYears ?? [], new Date().toISOString().slice(0, 10));
  const programmes = student ? thisYears(student.supportProgrammes, year) : [];
  let content;
  if (loading && !data) content = <LoadingState />;
  else if (error) content = <ErrorState error={error} onRetry={() => void refetch()} />;
  else if (!student) content = <EmptyState>{t('results.notFound')}</EmptyState>;
  else if (programmes.length === 0) content = <EmptyState>{t('childSupport.none', { year: year ?? '' })}</EmptyState>;
  else
    content = (
      <Stack gap="md">
        <Text>
          {t('childSupport.intro', { year })}
          {programmes.some((b) => b.programme.condition) && ` ${t('childSupport.introConditional')}`}
        </Text>
        {programmes.map((b) => (
          <SupportProgrammeCard key={b.id} beneficiary={b} />
        ))}
      </Stack>
    );

  return (
    <ChildPageFrame codeMassar={codeMassar} student={student} current="support">
      {content}
    </ChildPageFrame>
  );
}
