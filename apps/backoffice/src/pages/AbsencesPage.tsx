import { useQuery } from '@apollo/client/react';
import type { JustificationFieldsFragment } from '@massar/client';
import { ListSection } from '@massar/client/shell';
import { Alert, PageHeading, Stack, Text, useTranslation } from '@massar/ui';
import { useState } from 'react';
import { useLocation } from 'react-router';
import { AbsencesSectionNav } from '../modules/absences/components/AbsencesSectionNav';
import { InboxTabsNav } from '../modules/absences/components/InboxTabsNav';
import { JustificationCard } from '../modules/absences/components/JustificationCard';
import { JUSTIFICATIONS } from '../modules/absences/graphql/queries/justifications';
import { statusFromSearch } from '../modules/absences/utils/inboxTabs';
import { Pager } from '../modules/start-of-year/components/Pager';
import { SchoolStaffOnly } from '../modules/start-of-year/components/SchoolStaffOnly';
import { usePager } from '../modules/start-of-year/hooks/usePager';

const PAGE_SIZE = 20;

function Inbox({ schoolCode }: { schoolCode: string }) {
  const { t } = useTranslation();
  const status = statusFromSearch(useLocation().search);
  const page = usePager(status);
  const [outcome, setOutcome] = useState<string | null>(null);
  const { data, loading, error, refetch } = useQuery(JUSTIFICATIONS, {
    variables: { code: schoolCode, status, first: PAGE_SIZE, after: page.after },
    fetchPolicy: 'cache-and-network',
  });
  const connection = data?.school?.justifications;
  const justifications = connection?.edges.map((e) => e.node) ?? [];

  const onDecided = (decided: JustificationFieldsFragment, name: string) => {
    setOutcome(t(`absences.inbox.outcome.${decided.status}`, { name }));
    void refetch();
  };

  return (
    <Stack gap="md">
      <Text>{t('absences.inbox.intro')}</Text>
      {outcome && (
        <Alert color="green" role="status" withCloseButton onClose={() => setOutcome(null)} closeButtonLabel={t('absences.inbox.closeOutcome')}>
          {outcome}
        </Alert>
      )}
      <InboxTabsNav value={status} />
      <ListSection
        id="justifications-title"
        title={t(`absences.inbox.tabTitle.${status}`)}
        loading={loading && !data}
        error={error}
        onRetry={() => void refetch()}
        empty={t(`absences.inbox.empty.${status}`)}
        itemCount={justifications.length}
      >
        <Stack gap="sm">
          {justifications.map((j) => (
            <JustificationCard key={j.id} justification={j} onDecided={onDecided} onStale={() => void refetch()} />
          ))}
          <Pager
            label={t('absences.inbox.pagesName')}
            pager={page.pager}
            pageSize={PAGE_SIZE}
            shown={justifications.length}
            total={connection?.totalCount ?? 0}
            hasNextPage={connection?.pageInfo.hasNextPage ?? false}
            onNext={() => page.next(connection?.pageInfo.endCursor)}
            onPrevious={page.previous}
          />
        </Stack>
      </ListSection>
    </Stack>
  );
}

/** The justification inbox (`/absences`): the families' justifications, pending first, accepted or refused by the school's director or secretariat. */
export function AbsencesPage() {
  const { t } = useTranslation();
  return (
    <SchoolStaffOnly>
      {(schoolCode) => (
        <Stack gap="lg">
          <PageHeading>{t('absences.inbox.title')}</PageHeading>
          <AbsencesSectionNav current="inbox" />
          <Inbox schoolCode={schoolCode} />
        </Stack>
      )}
    </SchoolStaffOnly>
  );
}
