import { Alert, Button, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

export interface LoginFormProps {
  onSubmit: (identifier: string, password: string) => void;
  loading: boolean;
  /** The last attempt failed. */
  failed?: boolean;
  /** The server's message for that failure, shown as is; without it, a generic one. */
  failureMessage?: string | null;
}

/** Identifier (e-mail or code Massar) and password; errors are announced through role="alert". */
export function LoginForm({ onSubmit, loading, failed = false, failureMessage }: LoginFormProps) {
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
      ? (failureMessage ?? t('state.errorGeneric'))
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
