import { useQuery } from '@apollo/client/react';
import { ErrorState } from '@massar/client/shell';
import { Anchor, Button, EmptyState, Group, LoadingState, PageHeading, Stack, Title, localizedPersonName, useLanguage, useTranslation } from '@massar/ui';
import { Link, useParams, useSearchParams } from 'react-router';
import { EnrolmentHistoryTable } from '../modules/pupils/components/EnrolmentHistoryTable';
import { GuardiansTable } from '../modules/pupils/components/GuardiansTable';
import { PupilIdentity } from '../modules/pupils/components/PupilIdentity';
import { PupilResults } from '../modules/pupils/components/PupilResults';
import { PUPIL_RECORD } from '../modules/pupils/graphql/queries/pupilRecord';
import { activeEnrolment, enrolmentYears } from '../modules/pupils/utils/enrolmentYears';
import { lookupFailure } from '../modules/pupils/utils/pupilErrors';
import { RegistrationSlip } from '../modules/start-of-year/components/RegistrationSlip';
import { SchoolStaffOnly } from '../modules/start-of-year/components/SchoolStaffOnly';

function Section({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <Stack component="section" gap="sm" aria-labelledby={id}>
      <Title order={2} size="h3" id={id}>
        {title}
      </Title>
      {children}
    </Stack>
  );
}

function PupilRecordView({ codeMassar, schoolCode }: { codeMassar: string; schoolCode: string }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const [search, setSearch] = useSearchParams();
  const year = search.get('year');
  const { data, previousData, loading, error, refetch } = useQuery(PUPIL_RECORD, {
    variables: { codeMassar, year },
    fetchPolicy: 'cache-and-network',
  });
  // While another year's results load, the record stays on screen.
  const pupil = (data ?? previousData)?.student;

  if (loading && !pupil) return <LoadingState />;
  if (error && !pupil) {
    const failure = lookupFailure(error);
    if (failure === 'other') return <ErrorState error={error} onRetry={() => void refetch()} />;
    return (
      <Stack gap="md">
        <PageHeading>{t('record.titleShort')}</PageHeading>
        <EmptyState>{t(failure === 'notFound' ? 'record.notFound' : 'record.invalidCode', { code: codeMassar })}</EmptyState>
      </Stack>
    );
  }
  if (!pupil) return <EmptyState>{t('record.notFound', { code: codeMassar })}</EmptyState>;

  const years = enrolmentYears(pupil.enrolments);
  const shownYear = year ?? years[0] ?? '';
  const active = activeEnrolment(pupil.enrolments);
  return (
    <Stack gap="lg">
      <PageHeading>{t('record.title', { name: localizedPersonName(pupil, language), code: pupil.codeMassar })}</PageHeading>
      {active && (
        <Group gap="sm">
          <Button variant="default" onClick={() => window.print()}>
            {t('record.printSlip')}
          </Button>
          <RegistrationSlip enrolment={active} printOnly />
        </Group>
      )}
      <PupilIdentity pupil={pupil} />
      <Section id="guardians-title" title={t('record.guardians')}>
        {pupil.guardians.length ? <GuardiansTable guardians={pupil.guardians} /> : <EmptyState>{t('record.noGuardians')}</EmptyState>}
      </Section>
      <Section id="enrolments-title" title={t('record.enrolments')}>
        {pupil.enrolments.length ? (
          <EnrolmentHistoryTable enrolments={pupil.enrolments} schoolCode={schoolCode} />
        ) : (
          <EmptyState>{t('record.noEnrolments')}</EmptyState>
        )}
      </Section>
      <Section id="results-title" title={t('record.results', { year: shownYear })}>
        <PupilResults
          pupil={pupil}
          years={years}
          year={shownYear}
          onYearChange={(next) => setSearch(next === years[0] ? {} : { year: next }, { replace: true })}
        />
      </Section>
    </Stack>
  );
}

/** A pupil's record: identity, guardians, enrolments across schools, results and decisions. */
export function PupilRecordPage() {
  const { t } = useTranslation();
  const { codeMassar = '' } = useParams();
  return (
    <Stack gap="md">
      <Anchor component={Link} to="/pupils">
        {t('record.back')}
      </Anchor>
      <SchoolStaffOnly>{(schoolCode) => <PupilRecordView key={codeMassar} codeMassar={codeMassar} schoolCode={schoolCode} />}</SchoolStaffOnly>
    </Stack>
  );
}
