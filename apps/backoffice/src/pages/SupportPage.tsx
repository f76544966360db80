import { useQuery } from '@apollo/client/react';
import { ErrorState } from '@massar/client/shell';
import { EmptyState, LoadingState, PageHeading, Stack, Text, useTranslation } from '@massar/ui';
import { useState } from 'react';
import { SchoolStaffOnly } from '../modules/start-of-year/components/SchoolStaffOnly';
import { BeneficiariesSection } from '../modules/support/components/BeneficiariesSection';
import { CandidatesSection } from '../modules/support/components/CandidatesSection';
import { EntitlementsSection } from '../modules/support/components/EntitlementsSection';
import { ProgrammeControls } from '../modules/support/components/ProgrammeControls';
import { ProgrammeSummary } from '../modules/support/components/ProgrammeSummary';
import { SupportTabsNav } from '../modules/support/components/SupportTabsNav';
import { SUPPORT_REFERENCE } from '../modules/support/graphql/queries/supportReference';
import { useSupportChoice } from '../modules/support/hooks/useSupportChoice';

/** A programme's lists at the school: the pupils with their eligibility, the beneficiaries, a conditional programme's month. */
function SupportLists({ schoolCode }: { schoolCode: string }) {
  const { t } = useTranslation();
  const reference = useQuery(SUPPORT_REFERENCE, { fetchPolicy: 'cache-first' });
  const choice = useSupportChoice(reference.data);
  const [lostOnly, setLostOnly] = useState(false);
  const { programme, year, month } = choice;

  let content;
  if (reference.loading && !reference.data) content = <LoadingState />;
  else if (reference.error) content = <ErrorState error={reference.error} onRetry={() => void reference.refetch()} />;
  else if (!programme || !year) content = <EmptyState>{t('support.nothingToShow')}</EmptyState>;
  else
    content = (
      <Stack gap="lg">
        <ProgrammeControls
          programmes={choice.programmes}
          years={choice.years}
          programme={programme}
          year={year}
          onProgramme={(code) => choice.choose({ programme: code })}
          onYear={(name) => choice.choose({ year: name, month: null })}
        />
        <ProgrammeSummary programme={programme} />
        <SupportTabsNav tabs={choice.tabs} value={choice.tab} onChange={(tab) => choice.choose({ tab })} />
        {choice.tab === 'candidates' && <CandidatesSection key={`${programme.code}:${year.name}`} schoolCode={schoolCode} programme={programme} year={year.name} />}
        {choice.tab === 'beneficiaries' && <BeneficiariesSection key={`${programme.code}:${year.name}`} schoolCode={schoolCode} programme={programme} year={year.name} />}
        {choice.tab === 'entitlements' && month && (
          <EntitlementsSection
            schoolCode={schoolCode}
            programme={programme}
            year={year.name}
            months={choice.months}
            month={month}
            lostOnly={lostOnly}
            onMonth={(m) => choice.choose({ month: m })}
            onLostOnly={setLostOnly}
          />
        )}
      </Stack>
    );

  return (
    <Stack gap="lg">
      <PageHeading>{t('support.title')}</PageHeading>
      <Text>{t('support.intro')}</Text>
      {content}
    </Stack>
  );
}

/** Social support at the school, for its director and secretariat (beneficiary status is sensitive). */
export function SupportPage() {
  return <SchoolStaffOnly>{(schoolCode) => <SupportLists schoolCode={schoolCode} />}</SchoolStaffOnly>;
}
