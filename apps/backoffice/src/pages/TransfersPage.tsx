import { useViewer, type TransferFieldsFragment } from '@massar/client';
import { ListSection } from '@massar/client/shell';
import { Alert, Button, EmptyState, Group, PageHeading, Stack, Text, TextInput, localizedSortName, useLanguage, useTranslation } from '@massar/ui';
import { useState, type FormEvent } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { Pager } from '../modules/start-of-year/components/Pager';
import { RequestTransferForm } from '../modules/transfers/components/RequestTransferForm';
import { TransferDecisionPanel } from '../modules/transfers/components/TransferDecisionPanel';
import { TransferTable, type TransferAction } from '../modules/transfers/components/TransferTable';
import { TransferTabsNav } from '../modules/transfers/components/TransferTabsNav';
import { SCHOOL_TRANSFER_ROLES, isTransferRole } from '../modules/transfers/constants/TransferRoles';
import { TRANSFER_PAGE_SIZE, useTransferList } from '../modules/transfers/hooks/useTransferList';
import { SEARCH_MAX, TERRITORY_TABS, TRANSFER_TABS, tabAddress, tabFromSearch, type TabChoice } from '../modules/transfers/utils/transferTabs';

interface Opened {
  transfer: TransferFieldsFragment;
  action: TransferAction;
}

/** The search box: a code Massar or last-name prefix, applied on submit (the address keeps it). */
function TransferSearch({ choice }: { choice: TabChoice }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [typed, setTyped] = useState(choice.search);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void navigate(tabAddress(choice.tab, typed), { replace: true });
  };
  return (
    <form onSubmit={submit} role="search" aria-label={t('transfers.searchName')}>
      <Group align="flex-end" gap="xs">
        <TextInput
          type="search"
          label={t('transfers.search')}
          description={t('transfers.searchHint')}
          maxLength={SEARCH_MAX}
          value={typed}
          onChange={(event) => setTyped(event.currentTarget.value)}
          w={320}
        />
        <Button type="submit" variant="default">
          {t('transfers.searchSubmit')}
        </Button>
      </Group>
    </form>
  );
}

function Inbox({ schoolCode }: { schoolCode: string | null }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const location = useLocation();
  const tabs = schoolCode ? TRANSFER_TABS : TERRITORY_TABS;
  const choice = tabFromSearch(location.search, tabs);
  const { page, list, toDecideCount, refetch } = useTransferList(choice);
  const [opened, setOpened] = useState<Opened | null>(null);
  const [outcome, setOutcome] = useState<string | null>(null);
  const connection = list.data?.transfers;
  const transfers = connection?.edges.map((e) => e.node) ?? [];

  const onDone = (transfer: TransferFieldsFragment, action: TransferAction) => {
    // After the last approval a directorate no longer sees the pupil: the name is the one shown before.
    const pupil = transfer.student ?? opened?.transfer.student;
    const name = pupil ? localizedSortName(pupil, language) : '';
    const className = transfer.enrolment?.schoolClass?.name;
    const key = action === 'approve' ? (transfer.status === 'COMPLETED' ? (className ? 'approvedInClass' : 'approvedCompleted') : 'approvedWaiting') : action;
    setOutcome(t(`transfers.outcome.${key}`, { name, className }));
    setOpened(null);
    void refetch();
  };

  return (
    <Stack gap="lg">
      <PageHeading>{t('transfers.title')}</PageHeading>
      <Text>{t(schoolCode ? 'transfers.introSchool' : 'transfers.introTerritory')}</Text>
      {outcome && (
        <Alert color="green" role="status">
          {outcome}
        </Alert>
      )}
      <TransferTabsNav tabs={tabs} value={choice.tab} search={choice.search} toDecide={toDecideCount} />
      <TransferSearch key={choice.search} choice={choice} />
      <ListSection
        id="transfers-list"
        title={t(`transfers.tabTitle.${choice.tab}`)}
        loading={list.loading && !list.data}
        error={list.error}
        onRetry={() => void list.refetch()}
        empty={choice.search ? t('transfers.empty.search', { search: choice.search }) : t(`transfers.empty.${choice.tab}`)}
        itemCount={transfers.length}
      >
        <Stack gap="sm">
          <TransferTable transfers={transfers} linkPupils={schoolCode !== null} onAction={(transfer, action) => setOpened({ transfer, action })} />
          <Pager
            label={t('transfers.pagesName')}
            pager={page.pager}
            pageSize={TRANSFER_PAGE_SIZE}
            shown={transfers.length}
            total={connection?.totalCount ?? 0}
            hasNextPage={connection?.pageInfo.hasNextPage ?? false}
            onNext={() => page.next(connection?.pageInfo.endCursor)}
            onPrevious={page.previous}
          />
        </Stack>
      </ListSection>
      {opened && (
        <TransferDecisionPanel
          key={`${opened.transfer.id}-${opened.action}`}
          transfer={opened.transfer}
          action={opened.action}
          schoolCode={schoolCode}
          onClose={() => setOpened(null)}
          onDone={onDone}
        />
      )}
      {schoolCode && (
        <RequestTransferForm
          schoolCode={schoolCode}
          onRequested={() => {
            setOutcome(null);
            return refetch();
          }}
        />
      )}
    </Stack>
  );
}

/** The transfers inbox: a school's requests and decisions, a directorate's or an academy's decisions. */
export function TransfersPage() {
  const { t } = useTranslation();
  const { viewer } = useViewer();
  if (!viewer) return null;
  if (!isTransferRole(viewer.role)) return <EmptyState>{t('transfers.notForYou')}</EmptyState>;
  const schoolCode = SCHOOL_TRANSFER_ROLES.has(viewer.role) ? (viewer.scope.code ?? null) : null;
  return <Inbox schoolCode={schoolCode} />;
}
