import { serverErrorMessage } from '@massar/client';
import { Alert, Button, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export interface ErrorStateProps {
  error: unknown;
  onRetry?: () => void;
}

/** The server's message when it sent one, else a generic "cannot reach the service". */
export function ErrorState({ error, onRetry }: ErrorStateProps) {
  const { t } = useTranslation('ui');
  return (
    <Alert color="red" role="alert" title={t('state.errorTitle')}>
      <Stack gap="sm" align="flex-start">
        <Text size="sm">{serverErrorMessage(error) ?? t('state.errorGeneric')}</Text>
        {onRetry && (
          <Button variant="default" size="xs" onClick={onRetry}>
            {t('state.retry')}
          </Button>
        )}
      </Stack>
    </Alert>
  );
}
