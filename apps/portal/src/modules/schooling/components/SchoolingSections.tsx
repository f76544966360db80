import type { ChildSchoolingQuery } from '@massar/client';
import { Alert, Paper, Stack, Title, localizedName, useFormatters, useLanguage, useTranslation } from '@massar/ui';
import { currentEnrolment, schoolHistory } from '../utils/schoolHistory';
import { EnrolmentStatusBadge } from './EnrolmentStatusBadge';
import { Facts } from './Facts';
import { MOBILITY_T } from '../../../i18n/MobilityMessages';

type Enrolment = NonNullable<ChildSchoolingQuery['student']>['enrolments'][number];

/** "3AC-1 (3e année collégiale, Sciences …)": the class with its level and stream in the reader's language. */
function useClassLabel() {
  const { t } = useTranslation(MOBILITY_T);
  const { language } = useLanguage();
  return (schoolClass: Enrolment['schoolClass']) => {
    if (!schoolClass) return t('schooling.classHidden');
    const details = [schoolClass.level, schoolClass.stream].filter((x) => x !== null).map((x) => localizedName(x, language));
    return (
      <>
        <bdi>{schoolClass.name}</bdi> ({details.join(', ')})
      </>
    );
  };
}

/** The school and class of today, or why there is none. */
export function CurrentSchooling({ enrolments }: { enrolments: readonly Enrolment[] }) {
  const { t } = useTranslation(MOBILITY_T);
  const { language } = useLanguage();
  const { formatDate } = useFormatters();
  const classLabel = useClassLabel();
  const current = currentEnrolment(enrolments);
  return (
    <Stack gap="xs" component="section" aria-labelledby="current-title">
      <Title order={2} size="h3" id="current-title">
        {t('schooling.current')}
      </Title>
      {current ? (
        <Paper withBorder p="md">
          <Facts
            facts={[
              { label: t('schooling.school'), value: current.school ? localizedName(current.school, language) : t('schooling.schoolHidden') },
              { label: t('schooling.class'), value: classLabel(current.schoolClass) },
              { label: t('schooling.year'), value: <bdi>{current.schoolYear.name}</bdi> },
              { label: t('schooling.period'), value: t('schooling.since', { date: formatDate(current.enrolledOn) }) },
            ]}
          />
        </Paper>
      ) : (
        <Alert color="gray">{t('schooling.notEnrolled')}</Alert>
      )}
    </Stack>
  );
}

/** Every enrolment, latest first: year, school, class, status and dates. */
export function SchoolHistory({ enrolments }: { enrolments: readonly Enrolment[] }) {
  const { t } = useTranslation(MOBILITY_T);
  const { language } = useLanguage();
  const { formatDate } = useFormatters();
  const classLabel = useClassLabel();
  const history = schoolHistory(enrolments);
  const period = (e: Enrolment) =>
    e.endedOn ? t('schooling.fromTo', { from: formatDate(e.enrolledOn), to: formatDate(e.endedOn) }) : t('schooling.from', { from: formatDate(e.enrolledOn) });

  return (
    <Stack gap="xs" component="section" aria-labelledby="history-title">
      <Title order={2} size="h3" id="history-title">
        {t('schooling.history')}
      </Title>
      {history.length === 0 ? (
        <Alert color="gray">{t('schooling.historyEmpty')}</Alert>
      ) : (
        <Stack gap="sm" component="ol" aria-labelledby="history-title" p={0} m={0} style={{ listStyle: 'none' }}>
          {history.map((e) => {
            const school = e.school ? localizedName(e.school, language) : t('schooling.schoolHidden');
            return (
              <Paper key={e.id} component="li" withBorder p="md" aria-labelledby={`enrolment-${e.id}`}>
                <Stack gap="xs">
                  <Title order={3} size="h5" id={`enrolment-${e.id}`}>
                    <bdi>{e.schoolYear.name}</bdi> — {school}
                  </Title>
                  <Facts
                    facts={[
                      { label: t('schooling.class'), value: classLabel(e.schoolClass) },
                      { label: t('schooling.status'), value: <EnrolmentStatusBadge status={e.status} /> },
                      { label: t('schooling.period'), value: period(e) },
                    ]}
                  />
                </Stack>
              </Paper>
            );
          })}
        </Stack>
      )}
    </Stack>
  );
}
