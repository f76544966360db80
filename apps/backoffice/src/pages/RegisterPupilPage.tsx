import { useQuery } from '@apollo/client/react';
import { ErrorState } from '@massar/client/shell';
import { Alert, Anchor, Button, Group, LoadingState, PageHeading, Stack, Text, useTranslation } from '@massar/ui';
import { Link, useSearchParams } from 'react-router';
import { RegistrationForm } from '../modules/start-of-year/components/RegistrationForm';
import { RegistrationSlip } from '../modules/start-of-year/components/RegistrationSlip';
import { SchoolStaffOnly } from '../modules/start-of-year/components/SchoolStaffOnly';
import { START_OF_YEAR_CLASSES } from '../modules/start-of-year/graphql/queries/startOfYearClasses';
import { useRegistrationForm } from '../modules/start-of-year/hooks/useRegistrationForm';

function Registration({ schoolCode }: { schoolCode: string }) {
  const { t } = useTranslation();
  const [search] = useSearchParams();
  const { data, loading, error, refetch } = useQuery(START_OF_YEAR_CLASSES, { variables: { code: schoolCode }, fetchPolicy: 'cache-and-network' });
  const form = useRegistrationForm(search.get('classId') ?? '', () => refetch());
  const choices = (data?.school?.classes ?? []).map((c) => ({ id: c.id, name: c.name, capacity: c.capacity, enrolled: c.enrolledCount }));

  if (form.registered) {
    const enrolment = form.registered;
    const code = enrolment.student.codeMassar;
    return (
      <Stack gap="md">
        <Alert color="green" role="status">
          {t('registration.done', { name: `${enrolment.student.firstName} ${enrolment.student.lastName}`, code })}
        </Alert>
        <RegistrationSlip enrolment={enrolment} />
        <Group gap="sm">
          <Button onClick={() => window.print()}>{t('registration.print')}</Button>
          <Button component={Link} to={`/pupils/${encodeURIComponent(code)}`} variant="default">
            {t('registration.openRecord')}
          </Button>
          {enrolment.schoolClass && (
            <Button component={Link} to={`/start-of-year/classes/${encodeURIComponent(enrolment.schoolClass.id)}`} variant="default">
              {t('registration.openClass', { className: enrolment.schoolClass.name })}
            </Button>
          )}
          <Button variant="subtle" onClick={form.startOver}>
            {t('registration.another')}
          </Button>
        </Group>
      </Stack>
    );
  }
  if (loading && !data) return <LoadingState />;
  if (error) return <ErrorState error={error} onRetry={() => void refetch()} />;
  return (
    <Stack gap="sm">
      <Text size="sm">{t('registration.intro')}</Text>
      <RegistrationForm form={form} classes={choices} />
    </Stack>
  );
}

/** Registration of a new pupil: the form, then the new code Massar and the slip to print. */
export function RegisterPupilPage() {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      <Anchor component={Link} to="/start-of-year">
        {t('startOfYear.back')}
      </Anchor>
      <PageHeading>{t('registration.title')}</PageHeading>
      <SchoolStaffOnly>{(schoolCode) => <Registration schoolCode={schoolCode} />}</SchoolStaffOnly>
    </Stack>
  );
}
