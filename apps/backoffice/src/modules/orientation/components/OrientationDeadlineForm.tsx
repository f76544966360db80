import { useMutation, useQuery } from '@apollo/client/react';
import { serverErrorMessage, serverErrorReason } from '@massar/client';
import { Alert, Button, Group, Stack, Text, TextInput, useFormatters, useTranslation } from '@massar/ui';
import { useState, type FormEvent } from 'react';
import { DEADLINE_REASONS } from '../constants/Orientation';
import { SET_ORIENTATION_DEADLINE } from '../graphql/mutations/setOrientationDeadline';
import { ORIENTATION_DEADLINE } from '../graphql/queries/orientationDeadline';

/** The school's last day of orientation wishes for the year: shown to staff, set by the director. */
export function OrientationDeadlineForm({ schoolCode, year, canSet }: { schoolCode: string; year: string; canSet: boolean }) {
  const { t } = useTranslation();
  const { formatDate } = useFormatters();
  const { data, refetch } = useQuery(ORIENTATION_DEADLINE, { variables: { code: schoolCode, year } });
  const current = data?.school?.orientationDeadline ?? null;
  const [value, setValue] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const [save, { loading, error, reset }] = useMutation(SET_ORIENTATION_DEADLINE);
  const shown = value ?? current ?? '';

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSaved(false);
    if (!shown) return;
    try {
      await save({ variables: { input: { schoolCode, year, deadline: shown } } });
      await refetch();
      setValue(null);
      setSaved(true);
    } catch {
      // Worded below.
    }
  };

  const reason = serverErrorReason(error);
  const errorText = error ? (reason && DEADLINE_REASONS.has(reason) ? t(`orientation.reasons.${reason}`, { year }) : (serverErrorMessage(error) ?? t('grades.networkError'))) : undefined;
  const summary = current ? t('orientation.deadlineIs', { date: formatDate(current, { dateStyle: 'long' }) }) : t('orientation.deadlineNotSet');
  if (!canSet) return <Text size="sm">{summary}</Text>;
  return (
    <Stack gap="xs">
      <Text size="sm">{summary}</Text>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Group align="flex-start" gap="sm">
          <TextInput
            type="date"
            label={t('orientation.deadline')}
            value={shown}
            onChange={(event) => {
              setValue(event.currentTarget.value);
              setSaved(false);
              reset();
            }}
            error={errorText}
          />
          <Button type="submit" loading={loading} mt={25} disabled={!shown}>
            {t('orientation.saveDeadline')}
          </Button>
        </Group>
      </form>
      {saved && (
        <Alert color="green" role="status">
          {t('orientation.deadlineSaved')}
        </Alert>
      )}
    </Stack>
  );
}
