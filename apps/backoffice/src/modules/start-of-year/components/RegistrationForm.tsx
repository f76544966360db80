import type { Gender } from '@massar/client';
import { ErrorState } from '@massar/client/shell';
import { Alert, Button, Group, NativeSelect, Stack, TextInput, useTranslation } from '@massar/ui';
import { useEffect, useRef, type FormEvent } from 'react';
import type { RegistrationForm as FormState } from '../hooks/useRegistrationForm';
import { useProblemText } from '../hooks/useProblemText';
import { MAX_GUARDIANS } from '../utils/registrationDraft';
import { hasDuplicates } from '../utils/duplicateIdentity';
import { ClassSelect, type ClassChoice } from './ClassSelect';
import { DuplicateWarning } from './DuplicateWarning';
import { GuardianFieldset } from './GuardianFieldset';
import classes from './RegistrationForm.module.css';

const GENDERS: Gender[] = ['F', 'M'];
type NameField = 'lastName' | 'firstName' | 'lastNameAr' | 'firstNameAr' | 'birthPlace';

export interface RegistrationFormProps {
  form: FormState;
  classes: ClassChoice[];
}

/**
 * A new pupil: the class of the year, identity in Latin and Arabic script, birth, gender and
 * guardians. Pupils registered already with the identity typed are shown below it; when the API
 * refuses a duplicate, the secretary may say it is another child and send again.
 */
export function RegistrationForm({ form, classes: classChoices }: RegistrationFormProps) {
  const { t } = useTranslation();
  const problem = useProblemText(form.problems);
  const formRef = useRef<HTMLFormElement>(null);
  const count = Object.keys(form.problems).length;

  // After a refused attempt, the first field in error takes the focus (keyboard and screen-reader users land on it).
  useEffect(() => {
    if (form.attempted === 0 || form.loading) return;
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [form.attempted, form.loading, count]);

  const name = (field: NameField, arabic = false) => ({
    label: t(`registration.${field}`),
    value: form.draft[field],
    required: true,
    onChange: (event: { currentTarget: HTMLInputElement }) => form.setField(field, event.currentTarget.value),
    error: problem(field),
    autoComplete: 'off',
    ...(arabic ? { dir: 'rtl', lang: 'ar' } : {}),
  });

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void form.submit();
  };

  return (
    <form ref={formRef} className={classes.form} onSubmit={submit} noValidate aria-label={t('registration.title')}>
      <Stack gap="md">
        {count > 0 && (
          <Alert color="red" role="alert">
            {t('registration.refused', { count })}
          </Alert>
        )}
        {form.formError && <ErrorState error={form.formError} />}
        <fieldset className={classes.fieldset}>
          <legend className={classes.legend}>{t('registration.pupil')}</legend>
          <div className={classes.grid}>
            <ClassSelect classes={classChoices} value={form.draft.classId} onChange={(id) => form.setField('classId', id)} error={problem('classId')} />
            <TextInput {...name('lastName')} />
            <TextInput {...name('firstName')} />
            <TextInput {...name('lastNameAr', true)} />
            <TextInput {...name('firstNameAr', true)} />
            <TextInput
              label={t('registration.birthDate')}
              type="date"
              required
              value={form.draft.birthDate}
              onChange={(event) => form.setField('birthDate', event.currentTarget.value)}
              error={problem('birthDate')}
            />
            <TextInput {...name('birthPlace')} />
            <NativeSelect
              label={t('registration.gender')}
              required
              value={form.draft.gender}
              onChange={(event) => form.setField('gender', event.currentTarget.value)}
              error={problem('gender')}
              data={[{ value: '', label: t('registration.choose') }, ...GENDERS.map((g) => ({ value: g, label: t(`gender.${g}`) }))]}
            />
          </div>
        </fieldset>
        {hasDuplicates(form.duplicates) && !form.duplicateRefused && <DuplicateWarning duplicates={form.duplicates} />}
        {form.draft.guardians.map((guardian, index) => (
          <GuardianFieldset
            key={index}
            index={index}
            guardian={guardian}
            problem={problem}
            onChange={(field, value) => form.setGuardianField(index, field, value)}
            onRemove={form.draft.guardians.length > 1 ? () => form.removeGuardian(index) : undefined}
          />
        ))}
        {problem('guardians') && (
          <Alert color="red">{problem('guardians')}</Alert>
        )}
        {hasDuplicates(form.duplicates) && form.duplicateRefused && (
          <DuplicateWarning duplicates={form.duplicates} onAnotherChild={() => void form.registerAnotherChild()} loading={form.loading} />
        )}
        <Group gap="sm">
          {form.draft.guardians.length < MAX_GUARDIANS && (
            <Button variant="default" onClick={form.addGuardian}>
              {t('registration.guardian.add')}
            </Button>
          )}
          <Button type="submit" loading={form.loading}>
            {t('registration.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
