import { useMutation } from '@apollo/client/react';
import { serverErrorMessage, serverErrorReason, type JustificationFieldsFragment } from '@massar/client';
import { Alert, Badge, Button, Group, Paper, Stack, Text, Textarea, Title, localizedName, localizedSortName, useFormatters, useLanguage, useTranslation } from '@massar/ui';
import { useId, useState } from 'react';
import { DECIDE_JUSTIFICATION } from '../graphql/mutations/decideJustification';
import { useLessonWords } from '../hooks/useLessonWords';
import { DECISION_REASON_MAX, DECISION_REASONS, decisionDraft } from '../utils/inboxTabs';
import { AttachmentViewer } from './AttachmentViewer';

const STATUS_COLOURS = { PENDING: 'yellow', ACCEPTED: 'green', REFUSED: 'red' } as const;

export interface JustificationCardProps {
  justification: JustificationFieldsFragment;
  /** After a decision, with the pupil's name: the list is read again. */
  onDecided: (justification: JustificationFieldsFragment, name: string) => void;
  /** Someone else decided it first (JUSTIFICATION_DECIDED): the list is read again. */
  onStale: () => void;
}

const byTime = <A extends { date: string; slot?: { startsAt: string } | null }>(absences: readonly A[]) =>
  [...absences].sort((a, b) => a.date.localeCompare(b.date) || (a.slot?.startsAt ?? '').localeCompare(b.slot?.startsAt ?? ''));

/** The absences a justification covers: each day, lesson and whether late, in the order they happened. */
function CoveredAbsences({ justification }: { justification: JustificationFieldsFragment }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const words = useLessonWords();
  return (
    <Stack component="ul" gap={2} style={{ margin: 0, paddingInlineStart: '1.2rem' }} aria-label={t('absences.inbox.covered')}>
      {byTime(justification.absences).map((a) => (
        <Text component="li" size="sm" key={a.id}>
          {t(a.late ? 'absences.inbox.coveredLate' : 'absences.inbox.coveredAbsent', {
            day: words.day(a.date),
            time: a.slot ? words.time(a.slot) : '—',
            subject: localizedName(a.subject, language),
          })}
        </Text>
      ))}
    </Stack>
  );
}

/** One justification of the inbox: the pupil, what it covers, the family's reason and note, the file on demand, and the decision. */
export function JustificationCard({ justification: j, onDecided, onStale }: JustificationCardProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { formatDate } = useFormatters();
  const id = useId();
  const [refusing, setRefusing] = useState(false);
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [decide, decision] = useMutation(DECIDE_JUSTIFICATION);
  const name = j.student ? localizedSortName(j.student, language) : t('absences.inbox.pupilOutOfScope');
  const apiReason = serverErrorReason(decision.error);

  const send = async (accept: boolean) => {
    const draft = decisionDraft(j.id, accept, reason);
    if (!draft.ok) {
      setProblem(draft.key);
      return;
    }
    try {
      const { data } = await decide({ variables: { input: draft.input } });
      if (data) onDecided(data.decideJustification, name);
    } catch (error) {
      // Worded from decision.error below.
      if (serverErrorReason(error) === 'JUSTIFICATION_DECIDED') onStale();
    }
  };

  return (
    <Paper withBorder p="md" component="article" aria-labelledby={`${id}-name`}>
      <Stack gap="sm">
        <Group justify="space-between" wrap="wrap">
          <Title order={3} size="h5" id={`${id}-name`}>
            {name}{' '}
            {j.student && (
              <Text span size="xs" c="dimmed" dir="ltr">
                {j.student.codeMassar}
              </Text>
            )}
          </Title>
          <Badge color={STATUS_COLOURS[j.status]} variant="light" styles={{ label: { color: 'var(--mantine-color-dark-9)' } }}>
            {t(`absences.inbox.status.${j.status}`)}
          </Badge>
        </Group>
        <Text size="sm">{t('absences.inbox.sent', { when: formatDate(j.submittedAt, { dateStyle: 'medium', timeStyle: 'short' }) })}</Text>
        <CoveredAbsences justification={j} />
        <Text size="sm">
          <strong>{t('absences.inbox.reason')}</strong> {t(`absences.justificationReason.${j.reason}`)}
        </Text>
        {j.note && (
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            <strong>{t('absences.inbox.note')}</strong> {j.note}
          </Text>
        )}
        {j.attachment ? (
          <AttachmentViewer justificationId={j.id} contentType={j.attachment.contentType} byteSize={j.attachment.byteSize} pupilName={name} />
        ) : (
          <Text size="sm" c="dimmed">
            {t('absences.inbox.noAttachment')}
          </Text>
        )}
        {j.status !== 'PENDING' && (
          <Text size="sm">
            {t(`absences.inbox.decided.${j.status}`, { when: j.decidedAt ? formatDate(j.decidedAt, { dateStyle: 'medium' }) : '—' })}
            {j.decisionReason && ` — ${j.decisionReason}`}
          </Text>
        )}
        {decision.error && (
          <Alert color="red" role="alert">
            {apiReason && DECISION_REASONS.has(apiReason) ? t(`absences.reasons.${apiReason}`) : (serverErrorMessage(decision.error) ?? t('absences.networkError'))}
          </Alert>
        )}
        {j.status === 'PENDING' && refusing && (
          <Textarea
            label={t('absences.inbox.refusalReason')}
            description={t('absences.inbox.refusalHint')}
            required
            autosize
            minRows={2}
            maxLength={DECISION_REASON_MAX}
            value={reason}
            error={problem ? t(problem) : undefined}
            onChange={(event) => {
              setReason(event.currentTarget.value);
              setProblem(null);
            }}
          />
        )}
        {j.status === 'PENDING' && (
          <Group gap="sm">
            {!refusing ? (
              <>
                <Button onClick={() => void send(true)} loading={decision.loading} aria-label={t('absences.inbox.acceptFor', { name })}>
                  {t('absences.inbox.accept')}
                </Button>
                <Button variant="default" color="red" onClick={() => setRefusing(true)} aria-label={t('absences.inbox.refuseFor', { name })}>
                  {t('absences.inbox.refuse')}
                </Button>
              </>
            ) : (
              <>
                <Button color="red" onClick={() => void send(false)} loading={decision.loading}>
                  {t('absences.inbox.confirmRefusal')}
                </Button>
                <Button variant="default" onClick={() => setRefusing(false)} disabled={decision.loading}>
                  {t('absences.inbox.cancel')}
                </Button>
              </>
            )}
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
