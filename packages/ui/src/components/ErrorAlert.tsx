import { Alert, Button, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export interface ErrorAlertProps {
  /** The server's message when it sent one; without it, a generic "cannot reach the service". */
  message?: string | null;
  onRetry?: () => void;
}

/** A failed load, announced through role="alert", with a retry button when the caller can retry. */
export function ErrorAlert({ message, onRetry }: ErrorAlertProps) {
  const { t } = useTranslation('ui');
  return (
    <Alert color="red" role="alert" title={t('state.errorTitle')}>
      <Stack gap="sm" align="flex-start">
        <Text size="sm">{message ?? t('state.errorGeneric')}</Text>
        {onRetry && (
          <Button variant="default" size="xs" onClick={onRetry}>
            {t('state.retry')}
          </Button>
        )}
      </Stack>
    </Alert>
  );
}
