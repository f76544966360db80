import { Alert, Button, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

export interface LoginFormProps {
  onSubmit: (identifier: string, password: string) => void;
  loading: boolean;
  /** The last attempt failed. */
  failed?: boolean;
  /** The server's message for that failure, shown as is when its reason is not one worded here; without it, a generic one. */
  failureMessage?: string | null;
  /** Why it failed, when the API said (its extensions.reason): worded in the user's language. */
  failureReason?: LoginFailureReason | null;
  /** With RATE_LIMITED: how long until the next attempt is counted. */
  retryAfterSeconds?: number | null;
}

/** The login refusals the form words itself (the API's PeopleErrorReason / CoreErrorReason values). */
export type LoginFailureReason = 'INVALID_CREDENTIALS' | 'RATE_LIMITED';

/** Identifier (e-mail or code Massar) and password; errors are announced through role="alert". */
export function LoginForm({ onSubmit, loading, failed = false, failureMessage, failureReason, retryAfterSeconds }: LoginFormProps) {
  const { t } = useTranslation('ui');
  const [identifier, setIdentifier] = useState('');
  const [password, setPassword] = useState('');
  const [incomplete, setIncomplete] = useState(false);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const complete = identifier.trim() !== '' && password !== '';
    setIncomplete(!complete);
    if (complete) onSubmit(identifier.trim(), password);
  };
  const message = incomplete
    ? t('login.required')
    : failed
      ? failureReason
        ? t(`login.failure.${failureReason}`, { count: Math.max(1, Math.ceil((retryAfterSeconds ?? 900) / 60)) })
        : (failureMessage ?? t('state.errorGeneric'))
      : null;

  return (
    <Paper withBorder p="lg" maw={420} mx="auto" component="section" aria-labelledby="login-title">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Title order={1} id="login-title" size="h2">
            {t('login.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('login.intro')}
          </Text>
          {message && (
            <Alert color="red" role="alert">
              {message}
            </Alert>
          )}
          <TextInput
            label={t('login.identifier')}
            description={t('login.identifierHint')}
            name="identifier"
            autoComplete="username"
            autoCapitalize="none"
            spellCheck={false}
            required
            withAsterisk={false}
            value={identifier}
            onChange={(event) => setIdentifier(event.currentTarget.value)}
          />
          <TextInput
            label={t('login.password')}
            name="password"
            type="password"
            autoComplete="current-password"
            required
            withAsterisk={false}
            value={password}
            onChange={(event) => setPassword(event.currentTarget.value)}
          />
          <Button type="submit" loading={loading} disabled={loading}>
            {t('login.submit')}
          </Button>
        </Stack>
      </form>
    </Paper>
  );
}
