import { useMutation } from '@apollo/client/react';
import { serverErrorMessage, serverErrorReason } from '@massar/client';
import { Alert, Anchor, Button, Group, Stack, Text, TextInput, useTranslation } from '@massar/ui';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { ENROL_REASONS } from '../constants/RegistrationReasons';
import { ENROL_STUDENT } from '../graphql/mutations/enrolStudent';
import { isCodeMassar, normalizeCodeMassar } from '../utils/codeMassar';
import classes from './RegistrationForm.module.css';

export interface EnrolByCodeFormProps {
  classId: string;
  className: string;
  onEnrolled: () => Promise<unknown>;
}

/** "Enrol in class …" an existing pupil of the school, by code Massar. */
export function EnrolByCodeForm({ classId, className, onEnrolled }: EnrolByCodeFormProps) {
  const { t } = useTranslation();
  const [code, setCode] = useState('');
  const [typing, setTyping] = useState<string | null>(null);
  const [done, setDone] = useState<{ name: string; code: string } | null>(null);
  const [enrol, { loading, error, reset }] = useMutation(ENROL_STUDENT);

  const reason = serverErrorReason(error);
  const errorText = typing ?? (error ? (reason && ENROL_REASONS.has(reason) ? t(`enrol.reasons.${reason}`) : (serverErrorMessage(error) ?? t('grades.networkError'))) : undefined);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setDone(null);
    reset();
    if (!isCodeMassar(code)) {
      setTyping(t('enrol.reasons.INVALID_CODE_MASSAR'));
      return;
    }
    setTyping(null);
    try {
      const { data } = await enrol({ variables: { input: { classId, codeMassar: normalizeCodeMassar(code) } } });
      if (!data) return;
      const { student } = data.enrolStudent;
      setDone({ name: `${student.lastName} ${student.firstName}`, code: student.codeMassar });
      setCode('');
      await onEnrolled();
    } catch {
      // Worded from `error`.
    }
  };

  return (
    <Stack component="section" gap="xs" aria-labelledby="enrol-title">
      <Text component="h2" fw={700} size="lg" id="enrol-title">
        {t('enrol.title', { className })}
      </Text>
      <Text size="sm">{t('enrol.hint')}</Text>
      <form className={classes.form} onSubmit={(event) => void submit(event)} noValidate>
        <Group gap="sm" align="flex-start">
          <TextInput
            label={t('enrol.codeMassar')}
            value={code}
            onChange={(event) => {
              setCode(event.currentTarget.value);
              setTyping(null);
            }}
            error={errorText}
            dir="ltr"
            autoComplete="off"
            placeholder="J130024519"
          />
          <Button type="submit" loading={loading} mt={25}>
            {t('enrol.submit', { className })}
          </Button>
        </Group>
      </form>
      {done && (
        <Alert color="green" role="status">
          {t('enrol.done', { name: done.name, code: done.code, className })}{' '}
          <Anchor component={Link} to={`/pupils/${encodeURIComponent(done.code)}`}>
            {t('enrol.openRecord')}
          </Anchor>
        </Alert>
      )}
    </Stack>
  );
}
