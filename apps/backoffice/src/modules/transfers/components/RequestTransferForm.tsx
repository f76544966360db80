import { useMutation } from '@apollo/client/react';
import { serverErrorMessage, serverErrorReason } from '@massar/client';
import { Alert, Button, Group, NativeSelect, Stack, TextInput, Textarea, Title, localizedPersonName, useLanguage, useTranslation } from '@massar/ui';
import { useId, useRef, useState, type FormEvent } from 'react';
import { TRANSFER_REASONS } from '../constants/TransferReasons';
import { REQUEST_TRANSFER } from '../graphql/mutations/requestTransfer';
import { emptyRequest, fieldOfReason, requestInput, type RequestDraft, type RequestField, type RequestProblems } from '../utils/requestDraft';

export interface RequestTransferFormProps {
  schoolCode: string;
  onRequested: () => Promise<unknown>;
}

const REASON_MAX = 500;

/** "Request a transfer": the pupil leaves the school (to the school typed) or joins it (proved with the birth date). */
export function RequestTransferForm({ schoolCode, onRequested }: RequestTransferFormProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const id = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const [draft, setDraft] = useState<RequestDraft>(emptyRequest);
  const [problems, setProblems] = useState<RequestProblems>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [request, { loading }] = useMutation(REQUEST_TRANSFER);

  const set = (change: Partial<RequestDraft>) => {
    setDraft((d) => ({ ...d, ...change }));
    setProblems({});
    setFailure(null);
  };
  const problem = (field: RequestField) => (problems[field] ? t(`transfers.reasons.${problems[field]}`) : undefined);
  const focusFirstInvalid = () => requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setDone(null);
    const built = requestInput(draft, schoolCode);
    if ('problems' in built) {
      setProblems(built.problems);
      focusFirstInvalid();
      return;
    }
    try {
      const { data } = await request({ variables: { input: built.input } });
      const student = data?.requestTransfer.student;
      setDone(t('transfers.request.done', { name: student ? localizedPersonName(student, language) : built.input.codeMassar }));
      setDraft(emptyRequest());
      await onRequested();
    } catch (error) {
      const reason = serverErrorReason(error);
      const field = fieldOfReason(reason);
      if (field && reason) {
        setProblems({ [field]: reason });
        focusFirstInvalid();
      } else if (reason && TRANSFER_REASONS.has(reason)) setFailure(t(`transfers.reasons.${reason}`));
      else setFailure(serverErrorMessage(error) ?? t('grades.networkError'));
    }
  };

  return (
    <Stack component="section" gap="sm" aria-labelledby={`${id}-title`}>
      <Title order={2} size="h3" id={`${id}-title`}>
        {t('transfers.request.title')}
      </Title>
      <form ref={formRef} onSubmit={(event) => void submit(event)} noValidate aria-labelledby={`${id}-title`}>
        <Stack gap="sm" maw={560}>
          <NativeSelect
            label={t('transfers.request.side')}
            data={[
              { value: 'ORIGIN', label: t('transfers.request.sideOrigin') },
              { value: 'DESTINATION', label: t('transfers.request.sideDestination') },
            ]}
            value={draft.side}
            onChange={(event) => set({ side: event.currentTarget.value as RequestDraft['side'] })}
          />
          <TextInput
            label={t('transfers.request.codeMassar')}
            value={draft.codeMassar}
            onChange={(event) => set({ codeMassar: event.currentTarget.value })}
            error={problem('codeMassar')}
            required
            dir="ltr"
            autoComplete="off"
            placeholder="J130024519"
          />
          {draft.side === 'ORIGIN' ? (
            <TextInput
              label={t('transfers.request.toSchoolCode')}
              description={t('transfers.request.toSchoolCodeHint')}
              value={draft.toSchoolCode}
              onChange={(event) => set({ toSchoolCode: event.currentTarget.value })}
              error={problem('toSchoolCode')}
              required
              dir="ltr"
              autoComplete="off"
            />
          ) : (
            <TextInput
              type="date"
              label={t('transfers.request.birthDate')}
              description={t('transfers.request.birthDateHint')}
              value={draft.birthDate}
              onChange={(event) => set({ birthDate: event.currentTarget.value })}
              error={problem('birthDate')}
              required
            />
          )}
          <Textarea
            label={t('transfers.request.reason')}
            value={draft.reason}
            maxLength={REASON_MAX}
            autosize
            minRows={2}
            onChange={(event) => set({ reason: event.currentTarget.value })}
          />
          <Group>
            <Button type="submit" loading={loading}>
              {t('transfers.request.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
      {failure && (
        <Alert color="red" role="alert">
          {failure}
        </Alert>
      )}
      {done && (
        <Alert color="green" role="status">
          {done}
        </Alert>
      )}
    </Stack>
  );
}
