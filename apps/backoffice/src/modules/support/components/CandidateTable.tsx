import type { SupportCandidatesQuery } from '@massar/client';
import { Anchor, Badge, Stack, Table, Text, localizedSortName, useLanguage, useTranslation } from '@massar/ui';
import { Link } from 'react-router';
import { pageState, toggleOne, togglePage, type Selection } from '../../start-of-year/utils/selection';
import type { Programme } from '../hooks/useSupportChoice';
import { useRuleText } from '../hooks/useRuleText';
import { rowReasonKey, type RowRefusal } from '../utils/beneficiaryRefusal';
import { canTick } from '../utils/eligibility';
import classes from './Support.module.css';

export type Candidate = NonNullable<NonNullable<SupportCandidatesQuery['school']>['supportCandidates']>['edges'][number]['node'];

interface Props {
  programme: Programme;
  candidates: readonly Candidate[];
  /** Ticked pupils, by code Massar. */
  selection: Selection;
  onSelection: (next: Selection) => void;
  /** The last list's refusals, by code Massar: shown on the pupil's row. */
  refusals: ReadonlyMap<string, RowRefusal>;
}

function Eligibility({ candidate, programme }: { candidate: Candidate; programme: Programme }) {
  const { t } = useTranslation();
  const ruleText = useRuleText(programme.eligibility);
  if (candidate.beneficiary)
    return (
      <Badge color="green" variant="light" tt="none">
        {t('support.listed')}
      </Badge>
    );
  if (candidate.eligible)
    return (
      <Badge color="blue" variant="light" tt="none">
        {t('support.eligible')}
      </Badge>
    );
  return (
    <Text size="sm">
      {candidate.failingRule === 'FAMILY_SITUATION' ? t('support.needsSituation') : t('support.notEligible')}{' '}
      {candidate.failingRule && <Text span size="sm" c="dimmed">{ruleText(candidate.failingRule)}</Text>}
    </Text>
  );
}

/** One page of the school's pupils with their eligibility; those who may join can be ticked. */
export function CandidateTable({ programme, candidates, selection, onSelection, refusals }: Props) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const ruleText = useRuleText(programme.eligibility);
  const tickable = candidates.filter((c) => c.student && canTick(c)).map((c) => c.student!.codeMassar);
  const state = pageState(selection, tickable);
  return (
    <Table.ScrollContainer minWidth={720} type="native">
      <Table striped fz="sm" aria-label={t('support.candidatesName')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">
              {tickable.length > 0 && (
                <input
                  type="checkbox"
                  className={classes.checkbox}
                  checked={state === 'all'}
                  ref={(el) => {
                    if (el) el.indeterminate = state === 'some';
                  }}
                  onChange={() => onSelection(togglePage(selection, tickable))}
                  aria-label={t('support.selectPage')}
                />
              )}
            </Table.Th>
            <Table.Th scope="col">{t('support.pupil')}</Table.Th>
            <Table.Th scope="col">{t('support.codeMassar')}</Table.Th>
            <Table.Th scope="col">{t('support.eligibility')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {candidates.map((c, i) => {
            const pupil = c.student;
            if (!pupil) return null;
            const name = localizedSortName(pupil, language);
            const refusal = refusals.get(pupil.codeMassar);
            return (
              <Table.Tr key={pupil.id ?? i} className={refusal ? classes.refused : undefined}>
                <Table.Td>
                  {canTick(c) && (
                    <input
                      type="checkbox"
                      className={classes.checkbox}
                      checked={selection.has(pupil.codeMassar)}
                      onChange={() => onSelection(toggleOne(selection, pupil.codeMassar))}
                      aria-label={t('support.select', { name })}
                    />
                  )}
                </Table.Td>
                <Table.Th scope="row">
                  <Anchor component={Link} to={`/pupils/${encodeURIComponent(pupil.codeMassar)}`} fw={500}>
                    {name}
                  </Anchor>
                </Table.Th>
                <Table.Td>
                  <bdi>{pupil.codeMassar}</bdi>
                </Table.Td>
                <Table.Td>
                  <Stack gap={2}>
                    <Eligibility candidate={c} programme={programme} />
                    {refusal && (
                      <Text size="sm" c="red" fw={500}>
                        {t(rowReasonKey(refusal.reason))}
                        {refusal.rule && ` ${ruleText(refusal.rule)}`}
                      </Text>
                    )}
                  </Stack>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
