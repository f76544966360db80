import { useQuery } from '@apollo/client/react';
import { ErrorState } from '@massar/client/shell';
import { Alert, Anchor, EmptyState, LoadingState, PageHeading, Stack, Text, useTranslation } from '@massar/ui';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { RollCallForm } from '../modules/absences/components/RollCallForm';
import { ROLL_CALL } from '../modules/absences/graphql/queries/rollCall';
import { useLessonWords } from '../modules/absences/hooks/useLessonWords';
import { isIsoDate } from '../modules/absences/utils/localDates';

function RollCall({ slotId, date }: { slotId: string; date: string }) {
  const { t } = useTranslation();
  const words = useLessonWords();
  const { data, loading, error, refetch } = useQuery(ROLL_CALL, { variables: { slotId, date }, fetchPolicy: 'cache-and-network' });
  const [saved, setSaved] = useState<string | null>(null);
  if (loading && !data) return <LoadingState />;
  if (error && !data) return <ErrorState error={error} onRetry={() => void refetch()} />;
  const lesson = data?.node?.__typename === 'TimetableSlot' ? data.node : null;
  const sheet = data?.rollCall ?? null;
  return (
    <Stack gap="lg">
      <PageHeading>{lesson ? t('absences.rollCall.title', { lesson: words.name(lesson) }) : t('absences.rollCall.titleUnknown')}</PageHeading>
      <Text size="lg">{words.day(date)}</Text>
      {saved && (
        <Alert color="green" role="status">
          {t('absences.rollCall.saved', { counts: saved })}
        </Alert>
      )}
      {!sheet ? (
        <EmptyState>{t(lesson ? 'absences.rollCall.notThatDay' : 'absences.rollCall.notFound')}</EmptyState>
      ) : (
        <RollCallForm
          key={sheet.recordedAt ?? 'new'}
          sheet={sheet}
          onSaved={(counts) => {
            setSaved(counts);
            return refetch();
          }}
          onEdit={() => setSaved(null)}
        />
      )}
    </Stack>
  );
}

/** The roll call of one lesson on one day (`/roll-call/:slotId/:date`), for its teacher or the school's staff. */
export function RollCallPage() {
  const { t } = useTranslation();
  const { slotId = '', date = '' } = useParams();
  return (
    <Stack gap="md">
      <Anchor component={Link} to="/">
        {t('nav.home')}
      </Anchor>
      {isIsoDate(date) && slotId ? <RollCall slotId={slotId} date={date} /> : <EmptyState>{t('absences.rollCall.notFound')}</EmptyState>}
    </Stack>
  );
}
