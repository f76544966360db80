import { useQuery } from '@apollo/client/react';
import type { FamilySituation } from '@massar/client';
import { ListSection } from '@massar/client/shell';
import { Alert, Button, Group, Stack, Text, useFormatters, useTranslation } from '@massar/ui';
import { useState } from 'react';
import { Pager } from '../../start-of-year/components/Pager';
import { usePager } from '../../start-of-year/hooks/usePager';
import type { Selection } from '../../start-of-year/utils/selection';
import { SUPPORT_CANDIDATES } from '../graphql/queries/supportCandidates';
import { useBeneficiaryWrite } from '../hooks/useBeneficiaryWrite';
import type { Programme } from '../hooks/useSupportChoice';
import { refusalsByCode } from '../utils/beneficiaryRefusal';
import { CandidateTable } from './CandidateTable';
import { FamilySituationsField } from './FamilySituationsField';
import { PasteCodesForm } from './PasteCodesForm';

export const SUPPORT_PAGE_SIZE = 25;

interface Props {
  schoolCode: string;
  programme: Programme;
  year: string;
}

/** The school's pupils of the year with their eligibility, those ticked listed at once, and a pasted list of codes. */
export function CandidatesSection({ schoolCode, programme, year }: Props) {
  const { t } = useTranslation();
  const { formatNumber } = useFormatters();
  const page = usePager(`${programme.code}:${year}`);
  const list = useQuery(SUPPORT_CANDIDATES, {
    variables: { code: schoolCode, programmeCode: programme.code, year, first: SUPPORT_PAGE_SIZE, after: page.after },
    fetchPolicy: 'cache-and-network',
  });
  const [selection, setSelection] = useState<Selection>(new Set());
  const [situations, setSituations] = useState<FamilySituation[]>([]);
  const [added, setAdded] = useState<number | null>(null);
  const { write, loading, refusals, errorText, reset } = useBeneficiaryWrite('add');
  const connection = list.data?.school?.supportCandidates;
  const candidates = connection?.edges.map((e) => e.node) ?? [];
  const required = programme.eligibility.familySituations ?? [];
  const count = selection.size;

  const submit = async () => {
    setAdded(null);
    const done = await write({ programmeCode: programme.code, year, codesMassar: [...selection], familySituations: situations });
    if (done === null) return;
    setAdded(done);
    setSelection(new Set());
  };

  return (
    <Stack gap="lg">
      <ListSection
        id="candidates-list"
        title={t('support.candidatesTitle', { year })}
        loading={list.loading && !list.data}
        error={list.error}
        onRetry={() => void list.refetch()}
        empty={t('support.noCandidates')}
        itemCount={candidates.length}
      >
        <Stack gap="sm">
          <Text size="sm">{t('support.candidatesHint')}</Text>
          <CandidateTable
            programme={programme}
            candidates={candidates}
            selection={selection}
            onSelection={(next) => {
              setSelection(next);
              reset();
            }}
            refusals={refusalsByCode(refusals)}
          />
          <Pager
            label={t('support.candidatesPages')}
            pager={page.pager}
            pageSize={SUPPORT_PAGE_SIZE}
            shown={candidates.length}
            total={connection?.totalCount ?? 0}
            hasNextPage={connection?.pageInfo.hasNextPage ?? false}
            onNext={() => page.next(connection?.pageInfo.endCursor)}
            onPrevious={page.previous}
          />
          <Stack gap="xs" component="section" aria-labelledby="add-selection-title">
            <Text component="h3" fw={700} id="add-selection-title">
              {t('support.addSelectionTitle')}
            </Text>
            {required.length > 0 && <FamilySituationsField idPrefix="selection" options={required} value={situations} onChange={setSituations} />}
            <Group gap="sm" aria-live="polite">
              <Text size="sm">{t('support.selected', { count, n: formatNumber(count) })}</Text>
              <Button onClick={() => void submit()} loading={loading} disabled={count === 0}>
                {t('support.addSelected', { count, n: formatNumber(count) })}
              </Button>
              {count > 0 && (
                <Button variant="subtle" onClick={() => setSelection(new Set())}>
                  {t('support.clearSelection')}
                </Button>
              )}
            </Group>
            {errorText && (
              <Alert color="red" role="alert">
                {errorText}
              </Alert>
            )}
            {added !== null && (
              <Alert color="green" role="status">
                {t('support.added', { count: added, n: formatNumber(added) })}
              </Alert>
            )}
          </Stack>
        </Stack>
      </ListSection>
      <PasteCodesForm programme={programme} year={year} />
    </Stack>
  );
}
