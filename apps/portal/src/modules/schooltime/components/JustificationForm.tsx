import type { JustificationReason } from '@massar/client';
import { Alert, Button, Group, NativeSelect, Paper, Stack, Text, Textarea, Title, useFormatters, useTranslation } from '@massar/ui';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { SCHOOLTIME_T } from '../../../i18n/SchoolTimeMessages';
import { CERTIFICATE_TYPES } from '../constants/CertificateRules';
import { useCertificateFile, type PreparedCertificate } from '../hooks/useCertificateFile';
import classes from './Schooltime.module.css';

const REASONS: readonly JustificationReason[] = ['ILLNESS', 'FAMILY', 'TRANSPORT', 'WEATHER', 'OTHER'];
const NOTE_MAX = 1000;

export interface JustificationDraft {
  reason: JustificationReason;
  note: string | null;
  attachment: Pick<PreparedCertificate, 'contentType' | 'base64'> | null;
}

export interface JustificationFormProps {
  count: number;
  sending: boolean;
  /** The refusal of the last attempt, worded. */
  failure: string | null;
  onSubmit: (draft: JustificationDraft) => void;
  onCancel: () => void;
}

/**
 * The reason, a note and a photo or PDF of a certificate for the selected absences. The file is
 * checked (type by content, size) and read as soon as it is chosen, with a clear message when it
 * cannot be sent; a progress bar shows while it is prepared and while the justification is sent.
 */
export function JustificationForm({ count, sending, failure, onSubmit, onCancel }: JustificationFormProps) {
  const { t } = useTranslation(SCHOOLTIME_T);
  const { formatNumber } = useFormatters();
  const titleId = useId();
  const fileId = useId();
  const hintId = useId();
  const problemId = useId();
  const title = useRef<HTMLHeadingElement>(null);
  const inputs = useRef<HTMLInputElement[]>([]);
  const [reason, setReason] = useState<JustificationReason>('ILLNESS');
  const [note, setNote] = useState('');
  const certificate = useCertificateFile();
  const { state } = certificate;
  const busy = sending || state.phase === 'preparing';
  const size = (bytes: number) => t('justify.kilobytes', { value: formatNumber(Math.ceil(bytes / 1000)) });

  // Opened from the "Justifier" button: the reader lands on the form.
  useEffect(() => title.current?.focus(), []);

  const clearFile = () => {
    certificate.clear();
    for (const input of inputs.current) input.value = '';
  };
  const fileInput = (index: number) => (element: HTMLInputElement | null) => {
    if (element) inputs.current[index] = element;
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (busy || state.phase === 'problem') return;
    const attachment = state.phase === 'ready' ? { contentType: state.file.contentType, base64: state.file.base64 } : null;
    onSubmit({ reason, note: note.trim() || null, attachment });
  };

  return (
    <Paper component="form" withBorder p="md" onSubmit={submit} aria-labelledby={titleId} noValidate>
      <Stack gap="sm">
        <Title order={2} size="h4" id={titleId} ref={title} tabIndex={-1}>
          {t('justify.title')}
        </Title>
        <Text size="sm">{t('justify.covers', { number: formatNumber(count) })}</Text>
        <NativeSelect
          label={t('justify.reason')}
          value={reason}
          onChange={(event) => setReason(event.currentTarget.value as JustificationReason)}
          data={REASONS.map((value) => ({ value, label: t(`justify.reasons.${value}`) }))}
          disabled={sending}
        />
        <Textarea
          label={t('justify.note')}
          value={note}
          onChange={(event) => setNote(event.currentTarget.value)}
          maxLength={NOTE_MAX}
          autosize
          minRows={2}
          disabled={sending}
        />
        <Stack gap={4}>
          <Text component="label" htmlFor={fileId} fw={500} size="sm">
            {t('justify.file')}
          </Text>
          <Text id={hintId} size="xs" c="dimmed">
            {t('justify.fileHint')}
          </Text>
          <input
            ref={fileInput(0)}
            id={fileId}
            type="file"
            accept="image/*,application/pdf"
            capture="environment"
            className={classes.file}
            aria-describedby={state.phase === 'problem' ? `${hintId} ${problemId}` : hintId}
            aria-invalid={state.phase === 'problem' || undefined}
            disabled={busy}
            onChange={(event) => certificate.choose(event.currentTarget.files?.[0])}
          />
          {/* With `capture`, a phone opens its camera: this one picks a PDF or a photo already taken. */}
          <Text component="label" size="sm" mt="xs">
            {t('justify.fileExisting')}{' '}
            <input
              ref={fileInput(1)}
              type="file"
              accept={`${CERTIFICATE_TYPES.join(',')},image/*`}
              className={classes.file}
              disabled={busy}
              onChange={(event) => certificate.choose(event.currentTarget.files?.[0])}
            />
          </Text>
          {state.phase === 'preparing' && (
            <Stack gap={2}>
              <progress className={classes.progress} aria-label={t('justify.preparing')} />
              <Text size="sm" role="status">
                {t('justify.preparing')}
              </Text>
            </Stack>
          )}
          {state.phase === 'problem' && (
            <Group gap="xs">
              <Text id={problemId} c="red.8" size="sm" role="alert">
                {t(`justify.fileProblem.${state.problem}`)}
              </Text>
              {/* Sending without a file stays possible: the problem goes with the file. */}
              <Button size="compact-sm" variant="subtle" onClick={clearFile} disabled={sending}>
                {t('justify.fileRemove')}
              </Button>
            </Group>
          )}
          {state.phase === 'ready' && (
            <Group gap="xs" role="status">
              <Text size="sm">
                {t('justify.fileReady', { name: state.file.name, size: size(state.file.byteSize) })}
                {state.file.shrunk && ` ${t('justify.fileShrunk', { size: size(state.file.byteSize) })}`}
              </Text>
              <Button size="compact-sm" variant="subtle" onClick={clearFile} disabled={sending}>
                {t('justify.fileRemove')}
              </Button>
            </Group>
          )}
        </Stack>
        {failure && (
          <Alert color="red" role="alert">
            {failure}
          </Alert>
        )}
        {sending && (
          <Stack gap={2}>
            <progress className={classes.progress} aria-label={t('justify.progress')} />
            <Text size="sm" role="status">
              {t('justify.sending')}
            </Text>
          </Stack>
        )}
        <Group gap="sm">
          <Button type="submit" loading={sending} aria-disabled={busy || state.phase === 'problem' || undefined}>
            {t('justify.submit')}
          </Button>
          <Button variant="default" onClick={onCancel} disabled={sending}>
            {t('justify.cancel')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
