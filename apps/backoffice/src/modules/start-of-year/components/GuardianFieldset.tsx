import type { Relationship } from '@massar/client';
import { Button, NativeSelect, Stack, TextInput, useTranslation } from '@massar/ui';
import type { GuardianDraft } from '../utils/registrationDraft';
import classes from './RegistrationForm.module.css';

const RELATIONSHIPS: Relationship[] = ['FATHER', 'MOTHER', 'TUTOR'];

export interface GuardianFieldsetProps {
  index: number;
  guardian: GuardianDraft;
  problem: (path: string) => string | undefined;
  onChange: (field: keyof GuardianDraft, value: string) => void;
  /** Absent for the only guardian: a pupil needs one. */
  onRemove?: () => void;
}

/** One parent or tutor: relationship, names in both scripts, contact and CIN. */
export function GuardianFieldset({ index, guardian, problem, onChange, onRemove }: GuardianFieldsetProps) {
  const { t } = useTranslation();
  const path = (field: keyof GuardianDraft) => `guardians.${index}.${field}`;
  const text = (field: keyof GuardianDraft, extra: Record<string, unknown> = {}) => ({
    label: t(`registration.guardian.${field}`),
    value: guardian[field],
    onChange: (event: { currentTarget: HTMLInputElement }) => onChange(field, event.currentTarget.value),
    error: problem(path(field)),
    ...extra,
  });
  const legend = t('registration.guardian.legend', { number: index + 1 });
  return (
    <fieldset className={classes.fieldset}>
      <legend className={classes.legend}>{legend}</legend>
      <Stack gap="sm">
        <div className={classes.grid}>
          <NativeSelect
            label={t('registration.guardian.relationship')}
            required
            value={guardian.relationship}
            onChange={(event) => onChange('relationship', event.currentTarget.value)}
            error={problem(path('relationship'))}
            data={[{ value: '', label: t('registration.choose') }, ...RELATIONSHIPS.map((r) => ({ value: r, label: t(`relationship.${r}`) }))]}
          />
          <TextInput {...text('lastName')} required autoComplete="off" />
          <TextInput {...text('firstName')} required autoComplete="off" />
          <TextInput {...text('lastNameAr')} required dir="rtl" lang="ar" autoComplete="off" />
          <TextInput {...text('firstNameAr')} required dir="rtl" lang="ar" autoComplete="off" />
          <TextInput {...text('phone')} type="tel" dir="ltr" description={t('registration.guardian.phoneHint')} autoComplete="off" />
          <TextInput {...text('email')} type="email" dir="ltr" autoComplete="off" />
          <TextInput {...text('nationalId')} dir="ltr" description={t('registration.guardian.nationalIdHint')} autoComplete="off" />
        </div>
        {onRemove && (
          <div>
            <Button variant="subtle" color="red" size="xs" onClick={onRemove} aria-label={t('registration.guardian.removeNamed', { legend })}>
              {t('registration.guardian.remove')}
            </Button>
          </div>
        )}
      </Stack>
    </fieldset>
  );
}
