import { useMutation, useQuery } from '@apollo/client/react';
import { serverErrorReason } from '@massar/client';
import { ErrorState } from '@massar/client/shell';
import { Alert, EmptyState, LoadingState, useTranslation } from '@massar/ui';
import { useState } from 'react';
import { useParams } from 'react-router';
import { MOBILITY_MESSAGES, MOBILITY_NS } from '../i18n/MobilityMessages';
import { useLazyMessages } from '../i18n/useLazyMessages';
import { ChildPageFrame } from '../modules/children/components/ChildPageFrame';
import { OrientationSection } from '../modules/orientation/components/OrientationSection';
import { SUBMIT_ORIENTATION_WISHES } from '../modules/orientation/graphql/mutations/submitOrientationWishes';
import { CHILD_ORIENTATION } from '../modules/orientation/graphql/queries/childOrientation';
import { orientationErrorKey } from '../modules/orientation/utils/orientationErrorKey';

/** Refusals that mean the page no longer shows the truth (the school moved the deadline, the pupil changed class): read it again. */
const STALE = new Set(['DEADLINE_NOT_SET', 'DEADLINE_PASSED', 'NOT_ORIENTATION_LEVEL', 'INVALID_STREAM']);

/** One child's orientation: the deadline, the ranked stream wishes (while open), what was sent and the council's decision. */
export function ChildOrientationPage() {
  const { t } = useTranslation();
  const { codeMassar = '' } = useParams();
  // The screen's strings come in their own chunk, fetched alongside the query.
  const messagesReady = useLazyMessages(MOBILITY_MESSAGES, MOBILITY_NS);
  const { data, loading, error, refetch } = useQuery(CHILD_ORIENTATION, { variables: { codeMassar } });
  const [submitWishes, submission] = useMutation(SUBMIT_ORIENTATION_WISHES);
  const [saved, setSaved] = useState(false);
  const student = data?.student ?? null;

  const submit = async (streamCodes: string[]) => {
    setSaved(false);
    try {
      await submitWishes({ variables: { input: { codeMassar, streamCodes } } });
      setSaved(true);
    } catch (failure) {
      if (STALE.has(serverErrorReason(failure) ?? '')) void refetch();
    }
  };

  if (!messagesReady) return <LoadingState />;

  let feedback = null;
  if (submission.error) feedback = <Alert color="red" role="alert">{t(orientationErrorKey(submission.error), { ns: MOBILITY_NS })}</Alert>;
  else if (saved) feedback = <Alert color="green" role="status">{t('orientation.saved', { ns: MOBILITY_NS })}</Alert>;

  let content;
  if (loading && !data) content = <LoadingState />;
  else if (error) content = <ErrorState error={error} onRetry={() => void refetch()} />;
  else if (!student) content = <EmptyState>{t('results.notFound')}</EmptyState>;
  else
    content = (
      <OrientationSection student={student} levels={data?.levels ?? []} feedback={feedback} submitting={submission.loading} onSubmit={(codes) => void submit(codes)} />
    );

  return (
    <ChildPageFrame codeMassar={codeMassar} student={student} current="orientation">
      {content}
    </ChildPageFrame>
  );
}
