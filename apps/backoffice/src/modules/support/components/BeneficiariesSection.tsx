import { useQuery } from '@apollo/client/react';
import type { SupportBeneficiariesQuery } from '@massar/client';
import { ListSection } from '@massar/client/shell';
import { Alert, Anchor, Button, Group, Paper, Stack, Table, Text, localizedSortName, useFormatters, useLanguage, useTranslation } from '@massar/ui';
import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { Pager } from '../../start-of-year/components/Pager';
import { usePager } from '../../start-of-year/hooks/usePager';
import { SUPPORT_BENEFICIARIES } from '../graphql/queries/supportBeneficiaries';
import { useBeneficiaryWrite } from '../hooks/useBeneficiaryWrite';
import type { Programme } from '../hooks/useSupportChoice';
import { amountAt, MAD_FORMAT } from '../utils/amounts';
import { SUPPORT_PAGE_SIZE } from './CandidatesSection';

type Beneficiary = NonNullable<NonNullable<SupportBeneficiariesQuery['school']>['beneficiaries']>['edges'][number]['node'];

interface Props {
  schoolCode: string;
  programme: Programme;
  year: string;
}

/** "Remove X from the programme?": confirmed before anything is written, focus on the choice. */
function RemoveConfirm({ name, loading, onConfirm, onCancel }: { name: string; loading: boolean; onConfirm: () => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const confirmRef = useRef<HTMLButtonElement>(null);
  useEffect(() => confirmRef.current?.focus(), []);
  return (
    <Paper withBorder p="sm" role="group" aria-labelledby="remove-confirm-text">
      <Stack gap="xs">
        <Text id="remove-confirm-text" size="sm">
          {t('support.removeConfirm', { name })}
        </Text>
        <Group gap="xs">
          <Button ref={confirmRef} size="xs" color="red" loading={loading} onClick={onConfirm}>
            {t('support.removeYes')}
          </Button>
          <Button size="xs" variant="default" onClick={onCancel} onKeyDown={(e) => e.key === 'Escape' && onCancel()}>
            {t('support.removeNo')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

/** The school's beneficiaries of the programme that year, each removable after a confirmation. */
export function BeneficiariesSection({ schoolCode, programme, year }: Props) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { formatDate, formatNumber } = useFormatters();
  const page = usePager(`${programme.code}:${year}`);
  const list = useQuery(SUPPORT_BENEFICIARIES, {
    variables: { code: schoolCode, programmeCode: programme.code, year, first: SUPPORT_PAGE_SIZE, after: page.after },
    fetchPolicy: 'cache-and-network',
  });
  const [confirming, setConfirming] = useState<string | null>(null);
  const [removed, setRemoved] = useState<string | null>(null);
  const { write, loading, errorText, reset } = useBeneficiaryWrite('remove');
  const connection = list.data?.school?.beneficiaries;
  const beneficiaries = connection?.edges.map((e) => e.node) ?? [];
  const cash = programme.kind === 'CASH';

  const remove = async (b: Beneficiary, name: string) => {
    if (!b.student) return;
    const done = await write({ programmeCode: programme.code, year, codesMassar: [b.student.codeMassar] });
    if (done === null) return;
    setConfirming(null);
    setRemoved(name);
  };

  return (
    <ListSection
      id="beneficiaries-list"
      title={t('support.beneficiariesTitle', { year, count: connection?.totalCount ?? 0, n: formatNumber(connection?.totalCount ?? 0) })}
      loading={list.loading && !list.data}
      error={list.error}
      onRetry={() => void list.refetch()}
      empty={t('support.noBeneficiaries')}
      itemCount={beneficiaries.length}
    >
      <Stack gap="sm">
        {removed && (
          <Alert color="green" role="status">
            {t('support.removed', { name: removed })}
          </Alert>
        )}
        {errorText && (
          <Alert color="red" role="alert">
            {errorText}
          </Alert>
        )}
        <Table.ScrollContainer minWidth={760} type="native">
          <Table striped fz="sm" aria-label={t('support.beneficiariesName')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('support.pupil')}</Table.Th>
                <Table.Th scope="col">{t('support.codeMassar')}</Table.Th>
                <Table.Th scope="col">{t('support.level')}</Table.Th>
                {cash && <Table.Th scope="col">{t(`support.amountPer.${programme.amountPeriod ?? 'YEAR'}`)}</Table.Th>}
                <Table.Th scope="col">{t('support.situations')}</Table.Th>
                <Table.Th scope="col">{t('support.addedOn')}</Table.Th>
                <Table.Th scope="col">{t('support.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {beneficiaries.map((b) => {
                const name = b.student ? localizedSortName(b.student, language) : t('support.pupilOutOfScope');
                const amount = amountAt(programme.amounts, b.level?.code);
                return (
                  <Table.Tr key={b.id}>
                    <Table.Th scope="row">
                      {b.student ? (
                        <Anchor component={Link} to={`/pupils/${encodeURIComponent(b.student.codeMassar)}`} fw={500}>
                          {name}
                        </Anchor>
                      ) : (
                        name
                      )}
                    </Table.Th>
                    <Table.Td>
                      <bdi>{b.student?.codeMassar ?? '—'}</bdi>
                    </Table.Td>
                    <Table.Td>
                      <bdi>{b.level?.code ?? '—'}</bdi>
                    </Table.Td>
                    {cash && <Table.Td>{amount === null ? '—' : formatNumber(amount, MAD_FORMAT)}</Table.Td>}
                    <Table.Td>{b.familySituations.length ? b.familySituations.map((s) => t(`support.situation.${s}`)).join(', ') : '—'}</Table.Td>
                    <Table.Td>{formatDate(b.addedAt, { dateStyle: 'medium' })}</Table.Td>
                    <Table.Td>
                      {confirming === b.id ? (
                        <RemoveConfirm
                          name={name}
                          loading={loading}
                          onConfirm={() => void remove(b, name)}
                          onCancel={() => {
                            setConfirming(null);
                            reset();
                          }}
                        />
                      ) : (
                        <Button
                          size="xs"
                          variant="subtle"
                          color="red"
                          disabled={!b.student}
                          onClick={() => {
                            setRemoved(null);
                            reset();
                            setConfirming(b.id);
                          }}
                          aria-label={t('support.removeFor', { name })}
                        >
                          {t('support.remove')}
                        </Button>
                      )}
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        <Pager
          label={t('support.beneficiariesPages')}
          pager={page.pager}
          pageSize={SUPPORT_PAGE_SIZE}
          shown={beneficiaries.length}
          total={connection?.totalCount ?? 0}
          hasNextPage={connection?.pageInfo.hasNextPage ?? false}
          onNext={() => page.next(connection?.pageInfo.endCursor)}
          onPrevious={page.previous}
        />
      </Stack>
    </ListSection>
  );
}
