import { useQuery } from '@apollo/client/react';
import { serverErrorMessage } from '@massar/client';
import { ErrorState } from '@massar/client/shell';
import { Alert, EmptyState, LoadingState, PageHeading, Stack, Text, useTranslation } from '@massar/ui';
import { useState } from 'react';
import { RolloverControls } from '../modules/rollover/components/RolloverControls';
import { RolloverReportView } from '../modules/rollover/components/RolloverReportView';
import { SCHOOL_YEARS } from '../modules/rollover/graphql/queries/schoolYears';
import { useRollover } from '../modules/rollover/hooks/useRollover';
import { rolloverErrorKey } from '../modules/rollover/utils/rolloverError';
import { rolloverTargets } from '../modules/rollover/utils/rolloverYears';
import { SchoolStaffOnly } from '../modules/start-of-year/components/SchoolStaffOnly';

const today = () => new Date().toISOString().slice(0, 10);

function Rollover({ schoolCode }: { schoolCode: string }) {
  const { t } = useTranslation();
  const years = useQuery(SCHOOL_YEARS);
  const targets = rolloverTargets(years.data?.schoolYears ?? [], today());
  const [chosen, setChosen] = useState<string | null>(null);
  const toYear = chosen && targets.includes(chosen) ? chosen : (targets[0] ?? '');
  const rollover = useRollover(schoolCode);

  let body;
  if (years.loading && !years.data) body = <LoadingState />;
  else if (years.error) body = <ErrorState error={years.error} onRetry={() => void years.refetch()} />;
  else if (!toYear) body = <EmptyState>{t('rollover.noYear')}</EmptyState>;
  else {
    const errorKey = rolloverErrorKey(rollover.error);
    body = (
      <Stack gap="lg">
        <RolloverControls
          targets={targets}
          toYear={toYear}
          onYear={(year) => {
            setChosen(year);
            rollover.clear();
          }}
          running={rollover.running}
          elapsed={rollover.elapsed}
          onPreview={() => void rollover.preview(toYear)}
          onRun={() => void rollover.run(toYear)}
        />
        {rollover.error && (
          <Alert color="red" role="alert">
            {errorKey ? t(errorKey, { year: toYear }) : (serverErrorMessage(rollover.error) ?? t('grades.networkError'))}
          </Alert>
        )}
        {rollover.report && <RolloverReportView report={rollover.report} />}
      </Stack>
    );
  }

  return (
    <Stack gap="lg">
      <PageHeading>{t('rollover.title')}</PageHeading>
      <Text>{t('rollover.intro')}</Text>
      {body}
    </Stack>
  );
}

/** The year rollover: next year's classes from this year's, and the pupils re-registered from the year-end decisions. */
export function RolloverPage() {
  return <SchoolStaffOnly>{(schoolCode) => <Rollover schoolCode={schoolCode} />}</SchoolStaffOnly>;
}
