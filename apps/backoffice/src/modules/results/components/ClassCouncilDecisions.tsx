import { EvaluationErrorReason, serverErrorMessage, serverErrorReason, type Decision, type TermStatus } from '@massar/client';
import {
  Alert,
  Badge,
  Button,
  Group,
  NativeSelect,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
  localizedName,
  localizedSortName,
  useEvaluationLabels,
  useFormatters,
  useLanguage,
  useTranslation,
} from '@massar/ui';
import { useQuery } from '@apollo/client/react';
import { useId, useMemo, useRef } from 'react';
import { STREAM_PROBLEMS } from '../../orientation/constants/Orientation';
import { LEVEL_STREAMS } from '../../orientation/graphql/queries/levelStreams';
import { hasStreamChoice, streamChoices } from '../../orientation/utils/streamChoices';
import { DECISION_NOTE_MAX, DECISIONS } from '../constants/Decisions';
import { COUNCIL_PROBLEMS } from '../constants/Reasons';
import { useCouncilDecisions, type CouncilOutcome } from '../hooks/useCouncilDecisions';
import type { StreamOption } from '../../orientation/utils/streamChoices';
import type { CouncilPupil, CouncilRow } from '../utils/councilDecisions';
import type { ClassStudentResults } from './ClassResultsTable';

export interface ClassCouncilDecisionsProps {
  classId: string;
  students: ClassStudentResults[];
  /** The class council sits once S2 is LOCKED or PUBLISHED. */
  s2Status: TermStatus;
  /** Reloads the class's results once confirmed. */
  onConfirmed: () => Promise<unknown>;
  /** The class's level and stream: where a stream is decided for next year (3AC → TC, TC → 1BAC…). */
  levelCode: string;
  streamCode: string | null;
}

function OutcomeMessage({ outcome }: { outcome: CouncilOutcome }) {
  const { t } = useTranslation();
  if (outcome.kind === 'confirmed')
    return (
      <Alert color="green" role="status">
        {t('council.confirmed', { count: outcome.count })}
      </Alert>
    );
  let text: string;
  if (outcome.kind === 'missing') text = t('council.missing', { count: outcome.count });
  else if (outcome.kind === 'refused') text = t('council.refused', { count: outcome.count });
  else if (serverErrorReason(outcome.error) === EvaluationErrorReason.YEAR_NOT_CLOSED) text = t('council.notClosed');
  else text = serverErrorMessage(outcome.error) ?? t('grades.networkError');
  return (
    <Alert color="red" role="alert">
      {text}
    </Alert>
  );
}

/** The stream decided for next year, among those the decision allows ("—" when it names none). */
function StreamSelect(props: { name: string; options: StreamOption[]; value: string | null; required: boolean; error?: string; onChange: (code: string | null) => void }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { name, options, value, required, error, onChange } = props;
  if (options.length === 0) return <Text size="sm">—</Text>;
  const data = [{ value: '', label: required ? t('council.choose') : t('council.noStream') }, ...options.map((o) => ({ value: o.code, label: localizedName(o, language) }))];
  return (
    <NativeSelect
      size="xs"
      aria-label={t('council.streamFor', { name })}
      data={data}
      value={value ?? ''}
      error={error}
      onChange={(event) => onChange(event.currentTarget.value || null)}
    />
  );
}

function StateBadge({ pupil, row }: { pupil: CouncilPupil; row: CouncilRow }) {
  const { t } = useTranslation();
  const badge = { variant: 'light', tt: 'none', styles: { label: { overflow: 'visible' } } } as const;
  if (row.changed)
    return (
      <Badge color="yellow" {...badge}>
        {t('council.state.changed')}
      </Badge>
    );
  if (pupil.confirmed)
    return (
      <Badge color="green" {...badge}>
        {t('council.state.confirmed')}
      </Badge>
    );
  return (
    <Badge color="gray" {...badge}>
      {row.decision ? t('council.state.proposed') : t('council.state.undecided')}
    </Badge>
  );
}

/**
 * The class council's year-end decisions: each pupil's proposal, the decision the director keeps
 * or changes, a note, and one action that confirms them all once S2 is locked.
 */
export function ClassCouncilDecisions({ classId, students, s2Status, onConfirmed, levelCode, streamCode }: ClassCouncilDecisionsProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const labels = useEvaluationLabels();
  const { formatGrade, formatNumber } = useFormatters();
  const id = useId();
  const tableRef = useRef<HTMLTableElement>(null);
  const closed = s2Status !== 'OPEN';

  const sorted = useMemo(
    () =>
      students
        .map((s) => ({ s, name: localizedSortName(s.student, language) }))
        .sort((a, b) => a.name.localeCompare(b.name, language)),
    [students, language],
  );
  const pupils: CouncilPupil[] = useMemo(
    () =>
      sorted.map(({ s }) => ({
        id: s.student.id,
        codeMassar: s.student.codeMassar,
        decision: s.decision ?? null,
        proposedDecision: s.proposedDecision ?? null,
        confirmed: s.decisionConfirmed,
        note: s.decisionNote ?? null,
        streamCode: s.decisionStream?.code ?? null,
      })),
    [sorted],
  );
  const council = useCouncilDecisions(classId, pupils, onConfirmed);
  const levels = useQuery(LEVEL_STREAMS).data?.levels ?? [];
  const withStreams = hasStreamChoice(levelCode, levels);
  const streamProblem = (reason: string | undefined) => (reason && STREAM_PROBLEMS.has(reason) ? t(`council.streamProblem.${reason}`) : undefined);
  const confirmedCount = pupils.filter((p) => p.confirmed).length;
  const options = [{ value: '', label: t('council.choose') }, ...DECISIONS.map((d) => ({ value: d, label: labels.decision(d) }))];
  const problem = (reason: string | undefined) => (reason ? t(`council.problem.${COUNCIL_PROBLEMS.has(reason) ? reason : 'UNKNOWN'}`) : undefined);

  const onConfirm = async () => {
    if (!closed || council.confirming) return;
    const ok = await council.submit();
    if (!ok) requestAnimationFrame(() => tableRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
  };

  return (
    <Stack component="section" gap="sm" aria-labelledby={`${id}-title`}>
      <Title order={2} size="h4" id={`${id}-title`}>
        {t('council.title')}
      </Title>
      <Text size="sm">{t('council.summary', { confirmed: formatNumber(confirmedCount), total: formatNumber(pupils.length) })}</Text>
      {closed ? (
        <Text size="sm" c="dimmed">
          {t('council.hint')}
        </Text>
      ) : (
        <Alert color="orange" id={`${id}-reason`}>
          {t('council.notClosed')}
        </Alert>
      )}
      <Table.ScrollContainer minWidth={960} type="native">
        <Table striped fz="sm" aria-label={t('council.tableName')} ref={tableRef}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('results.pupil')}</Table.Th>
              <Table.Th scope="col">{t('results.generalAverage')}</Table.Th>
              <Table.Th scope="col">{t('council.proposed')}</Table.Th>
              <Table.Th scope="col">{t('council.decision')}</Table.Th>
              {withStreams && <Table.Th scope="col">{t('council.stream')}</Table.Th>}
              <Table.Th scope="col">{t('council.note')}</Table.Th>
              <Table.Th scope="col">{t('council.stateName')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {sorted.map(({ s, name }, i) => {
              const pupil = pupils[i];
              const row = council.rows[i];
              const error = council.errors[pupil.id];
              return (
                <Table.Tr key={pupil.id}>
                  <Table.Th scope="row" fw={500} style={{ whiteSpace: 'nowrap' }}>
                    {name}
                  </Table.Th>
                  <Table.Td>{s.generalAverage === null || s.generalAverage === undefined ? '—' : formatGrade(s.generalAverage)}</Table.Td>
                  <Table.Td>{pupil.proposedDecision ? labels.decision(pupil.proposedDecision) : t('council.noProposal')}</Table.Td>
                  <Table.Td miw={220}>
                    <NativeSelect
                      size="xs"
                      aria-label={t('council.decisionFor', { name })}
                      data={options}
                      value={row.decision ?? ''}
                      error={error && error !== EvaluationErrorReason.TOO_LONG && !STREAM_PROBLEMS.has(error) ? problem(error) : undefined}
                      onChange={(event) => council.edit(pupil.id, { decision: (event.currentTarget.value || null) as Decision | null })}
                    />
                  </Table.Td>
                  {withStreams && (
                    <Table.Td miw={200}>
                      <StreamSelect
                        name={name}
                        options={streamChoices(row.decision, levelCode, streamCode, levels)}
                        value={row.streamCode}
                        required={row.decision === 'REORIENTED'}
                        error={streamProblem(error)}
                        onChange={(code) => council.edit(pupil.id, { streamCode: code })}
                      />
                    </Table.Td>
                  )}
                  <Table.Td miw={200}>
                    <TextInput
                      size="xs"
                      aria-label={t('council.noteFor', { name })}
                      value={row.note}
                      maxLength={DECISION_NOTE_MAX}
                      error={error === EvaluationErrorReason.TOO_LONG ? problem(error) : undefined}
                      onChange={(event) => council.edit(pupil.id, { note: event.currentTarget.value })}
                    />
                  </Table.Td>
                  <Table.Td miw={180}>
                    <StateBadge pupil={pupil} row={row} />
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Group gap="sm">
        <Button
          onClick={() => void onConfirm()}
          loading={council.confirming}
          data-disabled={!closed || undefined}
          aria-disabled={!closed || undefined}
          aria-describedby={closed ? undefined : `${id}-reason`}
        >
          {t('council.confirm')}
        </Button>
        <Button variant="default" onClick={council.reset} disabled={council.changed === 0 || council.confirming}>
          {t('council.reset')}
        </Button>
        <Text size="sm" c="dimmed" role="status">
          {council.changed > 0 ? t('council.pending', { count: council.changed }) : ''}
        </Text>
      </Group>
      {council.outcome && <OutcomeMessage outcome={council.outcome} />}
    </Stack>
  );
}
