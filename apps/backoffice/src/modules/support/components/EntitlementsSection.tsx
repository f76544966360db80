import { useQuery } from '@apollo/client/react';
import type { SupportEntitlementsQuery } from '@massar/client';
import { ListSection } from '@massar/client/shell';
import { Badge, Group, NativeSelect, SimpleStat, Stack, Table, Text, localizedSortName, useFormatters, useLanguage, useTranslation } from '@massar/ui';
import { Pager } from '../../start-of-year/components/Pager';
import { usePager } from '../../start-of-year/hooks/usePager';
import { SUPPORT_ENTITLEMENTS } from '../graphql/queries/supportEntitlements';
import { useMonthTotal } from '../hooks/useMonthTotal';
import type { Programme } from '../hooks/useSupportChoice';
import { MAD_FORMAT } from '../utils/amounts';
import { entitlementWhy } from '../utils/entitlementWhy';
import { monthDay } from '../utils/months';
import { SUPPORT_PAGE_SIZE } from './CandidatesSection';
import classes from './Support.module.css';

type Entitlement = NonNullable<NonNullable<SupportEntitlementsQuery['school']>['entitlements']>['edges'][number]['node'];

interface Props {
  schoolCode: string;
  programme: Programme;
  year: string;
  months: readonly string[];
  month: string;
  lostOnly: boolean;
  onMonth: (month: string) => void;
  onLostOnly: (lostOnly: boolean) => void;
}

function useMonthLabel() {
  const { formatDate } = useFormatters();
  return (month: string) => formatDate(monthDay(month), { month: 'long', year: 'numeric' });
}

function WhyCell({ entitlement }: { entitlement: Entitlement }) {
  const { t } = useTranslation();
  const { formatNumber } = useFormatters();
  const why = entitlementWhy(entitlement);
  return (
    <Stack gap={0}>
      <Text size="sm">{t(why.key, { count: why.count, n: formatNumber(why.count), max: formatNumber(why.max) })}</Text>
      {why.pending > 0 && (
        <Text size="xs" c="dimmed">
          {t('support.why.pending', { count: why.pending, n: formatNumber(why.pending) })}
        </Text>
      )}
    </Stack>
  );
}

/** A conditional programme's month at the school: who keeps it, who lost it and why, and the month's total. */
export function EntitlementsSection({ schoolCode, programme, year, months, month, lostOnly, onMonth, onLostOnly }: Props) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { formatNumber } = useFormatters();
  const monthLabel = useMonthLabel();
  const page = usePager(`${programme.code}:${month}:${lostOnly}`);
  const list = useQuery(SUPPORT_ENTITLEMENTS, {
    variables: { code: schoolCode, programmeCode: programme.code, month, year, lostOnly, first: SUPPORT_PAGE_SIZE, after: page.after },
    fetchPolicy: 'cache-and-network',
  });
  const school = list.data?.school;
  const connection = school?.entitlements;
  const rows = connection?.edges.map((e) => e.node) ?? [];
  const everyone = school?.everyone?.totalCount ?? null;
  const lost = school?.lost?.totalCount ?? null;
  const figure = list.data?.supportFigures.find((f) => f.programme.code === programme.code);
  const { total, failed } = useMonthTotal({ schoolCode, programmeCode: programme.code, month, listedAmount: figure?.amountPerPeriod, lostCount: lost, amounts: programme.amounts });
  const stat = (value: number | null) => (value === null ? '…' : formatNumber(value));

  return (
    <Stack gap="md">
      <Group gap="md" align="flex-end">
        <NativeSelect label={t('support.month')} value={month} onChange={(event) => onMonth(event.currentTarget.value)} data={months.map((m) => ({ value: m, label: monthLabel(m) }))} w={220} />
        <label htmlFor="lost-only" className={classes.choice}>
          <input id="lost-only" type="checkbox" className={classes.checkbox} checked={lostOnly} onChange={(event) => onLostOnly(event.currentTarget.checked)} />
          <Text span size="sm">
            {t('support.lostOnly')}
          </Text>
        </label>
      </Group>
      {list.data && (
        <Group gap="xl" component="section" aria-label={t('support.monthFigures', { month: monthLabel(month) })} aria-live="polite">
          <SimpleStat label={t('support.figure.listed')} value={stat(everyone)} />
          <SimpleStat label={t('support.figure.kept')} value={stat(everyone !== null && lost !== null ? everyone - lost : null)} />
          <SimpleStat label={t('support.figure.lost')} value={stat(lost)} />
          <SimpleStat label={t('support.figure.total')} value={total === null ? (failed ? t('support.figure.totalUnknown') : '…') : formatNumber(total, MAD_FORMAT)} />
        </Group>
      )}
      <ListSection
        id="entitlements-list"
        title={t(lostOnly ? 'support.entitlementsLostTitle' : 'support.entitlementsTitle', { month: monthLabel(month), year })}
        loading={list.loading && !list.data}
        error={list.error}
        onRetry={() => void list.refetch()}
        empty={t(lostOnly ? 'support.noneLost' : 'support.noBeneficiaries')}
        itemCount={rows.length}
      >
        <Stack gap="sm">
          <Table.ScrollContainer minWidth={760} type="native">
            <Table striped fz="sm" aria-label={t('support.entitlementsName', { month: monthLabel(month) })}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('support.pupil')}</Table.Th>
                  <Table.Th scope="col">{t('support.level')}</Table.Th>
                  <Table.Th scope="col">{t('support.status')}</Table.Th>
                  <Table.Th scope="col">{t('support.why.title')}</Table.Th>
                  <Table.Th scope="col">{t('support.amountDue')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((e, i) => {
                  const pupil = e.beneficiary?.student;
                  return (
                    <Table.Tr key={e.beneficiary?.id ?? i}>
                      <Table.Th scope="row">
                        {pupil ? localizedSortName(pupil, language) : t('support.pupilOutOfScope')}
                        {pupil && (
                          <Text size="xs" c="dimmed">
                            <bdi>{pupil.codeMassar}</bdi>
                          </Text>
                        )}
                      </Table.Th>
                      <Table.Td>
                        <bdi>{e.beneficiary?.level?.code ?? '—'}</bdi>
                      </Table.Td>
                      <Table.Td>
                        <Badge color={e.met ? 'green' : 'red'} variant="light" tt="none">
                          {t(e.met ? 'support.kept' : 'support.lost')}
                        </Badge>
                      </Table.Td>
                      <Table.Td>
                        <WhyCell entitlement={e} />
                      </Table.Td>
                      <Table.Td>{e.amount === null ? '—' : formatNumber(e.amount, MAD_FORMAT)}</Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <Pager
            label={t('support.entitlementsPages')}
            pager={page.pager}
            pageSize={SUPPORT_PAGE_SIZE}
            shown={rows.length}
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
