import type { EnrolmentSlipFieldsFragment } from '@massar/client';
import { Stack, Text, Title, useFormatters, useTranslation } from '@massar/ui';
import { useId } from 'react';
import classes from './RegistrationSlip.module.css';

export interface RegistrationSlipProps {
  enrolment: EnrolmentSlipFieldsFragment;
  /** Hidden on screen, printed alone (the record page's "print the slip"). */
  printOnly?: boolean;
}

/** The pupil's registration slip: school, pupil, code Massar (large), class, year and date; the only thing a print shows. */
export function RegistrationSlip({ enrolment, printOnly = false }: RegistrationSlipProps) {
  const { t } = useTranslation();
  const { formatDate } = useFormatters();
  const titleId = useId();
  const { student, school, schoolClass, schoolYear } = enrolment;
  return (
    <section className={`${classes.slip} ${printOnly ? classes.printOnly : ''}`} aria-labelledby={titleId} data-testid="registration-slip">
      <Stack gap="md">
        <div>
          <Title order={2} size="h3" id={titleId}>
            {t('slip.title')}
          </Title>
          {school && (
            <Text>
              {school.nameFr} · <bdi lang="ar">{school.nameAr}</bdi> ({school.code})
            </Text>
          )}
        </div>
        <div>
          <Text fw={600}>{t('slip.codeMassar')}</Text>
          <div className={classes.code} aria-label={t('slip.codeMassarIs', { code: student.codeMassar })}>
            {student.codeMassar}
          </div>
        </div>
        <dl className={classes.fields}>
          <dt>{t('slip.pupil')}</dt>
          <dd>
            {student.lastName} {student.firstName} · <bdi lang="ar">{student.lastNameAr} {student.firstNameAr}</bdi>
          </dd>
          <dt>{t('slip.birth')}</dt>
          <dd>{t('slip.birthValue', { date: formatDate(student.birthDate, { dateStyle: 'long' }), place: student.birthPlace })}</dd>
          <dt>{t('slip.class')}</dt>
          <dd>
            <bdi>{schoolClass?.name ?? '—'}</bdi>
          </dd>
          <dt>{t('slip.year')}</dt>
          <dd>{schoolYear.name}</dd>
          <dt>{t('slip.enrolledOn')}</dt>
          <dd>{formatDate(enrolment.enrolledOn, { dateStyle: 'long' })}</dd>
        </dl>
      </Stack>
    </section>
  );
}
