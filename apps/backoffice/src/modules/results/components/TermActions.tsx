import { useMutation } from '@apollo/client/react';
import { serverErrorMessage, serverErrorReason, type Term, type TermStatus } from '@massar/client';
import { Alert, Button, Group, Paper, Stack, Text, TermStatusBadge, Textarea, useEvaluationLabels, useTranslation } from '@massar/ui';
import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { TERM_REASONS } from '../constants/Reasons';
import { LOCK_TERM, PUBLISH_TERM, REOPEN_TERM } from '../graphql/mutations/termStatus';

export interface TermActionsProps {
  classId: string;
  term: Term;
  status: TermStatus;
  /** Reloads the class once its status changed. */
  onChanged: () => Promise<unknown>;
  /** Who last locked, published, reopened it. */
  children?: ReactNode;
}

/** The term's status and what the director may do next: lock (OPEN), publish (LOCKED), reopen with a reason. */
export function TermActions({ classId, term, status, onChanged, children }: TermActionsProps) {
  const { t } = useTranslation();
  const labels = useEvaluationLabels();
  const formId = useId();
  const [lock, lockState] = useMutation(LOCK_TERM);
  const [publish, publishState] = useMutation(PUBLISH_TERM);
  const [reopen, reopenState] = useMutation(REOPEN_TERM);
  const [reopening, setReopening] = useState(false);
  const [reason, setReason] = useState('');
  const [reasonMissing, setReasonMissing] = useState(false);
  const [done, setDone] = useState<TermStatus | null>(null);
  const error = lockState.error ?? publishState.error ?? reopenState.error;
  const busy = lockState.loading || publishState.loading || reopenState.loading;

  const run = async (action: () => Promise<unknown>) => {
    setDone(null);
    try {
      await action();
      await onChanged();
    } catch {
      // Shown from the mutation's error.
    }
  };
  const input = { classId, term };
  const lockTerm = () =>
    run(async () => {
      await lock({ variables: { input } });
      setDone('LOCKED');
    });
  const publishTerm = () =>
    run(async () => {
      await publish({ variables: { input } });
      setDone('PUBLISHED');
    });
  const reasonKey = serverErrorReason(error);
  const errorText = reasonKey && TERM_REASONS.has(reasonKey) ? t(`termActions.reasons.${reasonKey}`) : serverErrorMessage(error);
  const submitReopen = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (reason.trim().length < 3) {
      setReasonMissing(true);
      return;
    }
    await run(async () => {
      await reopen({ variables: { input: { ...input, reason: reason.trim() } } });
      setReopening(false);
      setReason('');
      setDone('OPEN');
    });
  };

  return (
    <Stack gap="sm" component="section" aria-labelledby={`${formId}-title`}>
      <Group gap="sm">
        <Text fw={600} id={`${formId}-title`}>
          {t('termActions.status', { term: labels.term(term) })}
        </Text>
        <TermStatusBadge status={status} />
      </Group>
      <Group gap="sm">
        {status === 'OPEN' && (
          <Button loading={lockState.loading} disabled={busy} onClick={() => void lockTerm()}>
            {t('termActions.lock')}
          </Button>
        )}
        {status === 'LOCKED' && (
          <Button color="green" loading={publishState.loading} disabled={busy} onClick={() => void publishTerm()}>
            {t('termActions.publish')}
          </Button>
        )}
        {status !== 'OPEN' && (
          <Button variant="default" disabled={busy} aria-expanded={reopening} aria-controls={formId} onClick={() => setReopening((r) => !r)}>
            {t('termActions.reopen')}
          </Button>
        )}
      </Group>
      <Text size="sm" c="dimmed">
        {t(`termActions.explain.${status}`)}
      </Text>
      {children}
      {reopening && status !== 'OPEN' && (
        <Paper withBorder p="md" maw={560}>
          <form id={formId} onSubmit={(event) => void submitReopen(event)} noValidate>
            <Stack gap="sm">
              <Textarea
                label={t('termActions.reason')}
                description={t('termActions.reasonHint')}
                required
                autosize
                minRows={2}
                maxLength={500}
                value={reason}
                error={reasonMissing ? t('termActions.reasonMissing') : undefined}
                onChange={(event) => {
                  setReason(event.currentTarget.value);
                  setReasonMissing(false);
                }}
              />
              <Group gap="sm">
                <Button type="submit" loading={reopenState.loading}>
                  {t('termActions.confirmReopen')}
                </Button>
                <Button variant="default" onClick={() => setReopening(false)}>
                  {t('termActions.cancel')}
                </Button>
              </Group>
            </Stack>
          </form>
        </Paper>
      )}
      {error && (
        <Alert color="red" role="alert">
          {errorText ?? t('grades.networkError')}
        </Alert>
      )}
      {done && !error && (
        <Alert color="green" role="status">
          {t(`termActions.done.${done}`, { term: labels.term(term) })}
        </Alert>
      )}
    </Stack>
  );
}
