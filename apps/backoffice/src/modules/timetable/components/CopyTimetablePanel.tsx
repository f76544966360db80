import { useMutation } from '@apollo/client/react';
import { serverErrorMessage, type CopyTimetableMutation, type Term } from '@massar/client';
import { Alert, Button, Group, NativeSelect, Paper, Stack, Table, Text, useFormatters, useTranslation } from '@massar/ui';
import { useState } from 'react';
import { COPY_TIMETABLE } from '../graphql/mutations/copyTimetable';
import { useWeekWords } from '../hooks/useWeekWords';
import { slotRefusal } from '../utils/timetableError';
import { copySources, type CopySource } from '../utils/weekDates';

type Report = CopyTimetableMutation['copyTimetable'];

export interface CopyTimetablePanelProps {
  schoolCode: string;
  term: Term;
  /** The school year shown ("2025-2026"): the copy goes into its term. */
  yearName: string;
  onCopied: () => void;
}

/** The slots a report skips, with why. */
function SkippedTable({ report }: { report: Report }) {
  const { t } = useTranslation();
  const words = useWeekWords();
  const skipped = report.rows.filter((r) => r.outcome !== 'COPIED');
  if (!skipped.length) return null;
  return (
    <Table striped aria-label={t('timetable.copy.skippedTable')}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('timetable.copy.class')}</Table.Th>
          <Table.Th scope="col">{t('timetable.copy.subject')}</Table.Th>
          <Table.Th scope="col">{t('timetable.copy.when')}</Table.Th>
          <Table.Th scope="col">{t('timetable.copy.why')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {skipped.map((r, i) => (
          <Table.Tr key={i}>
            <Table.Td>
              <bdi>{r.className}</bdi>
            </Table.Td>
            <Table.Td>{r.subjectCode}</Table.Td>
            <Table.Td>
              {words.dayName(r.weekday)} <bdi>{`${r.startsAt}–${r.endsAt}`}</bdi>
            </Table.Td>
            <Table.Td>{t(`timetable.copy.outcome.${r.outcome}`)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** "Copy from the previous term / year": the dry run's report first, then the copy itself. */
export function CopyTimetablePanel({ schoolCode, term, yearName, onCopied }: CopyTimetablePanelProps) {
  const { t } = useTranslation();
  const { formatNumber } = useFormatters();
  const sources = copySources(term, yearName);
  const [sourceKey, setSourceKey] = useState<CopySource['key']>(sources[0]?.key ?? 'previousTerm');
  const [preview, setPreview] = useState<Report | null>(null);
  const [done, setDone] = useState<Report | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [copy, copying] = useMutation(COPY_TIMETABLE);
  const source = sources.find((s) => s.key === sourceKey);
  if (!source) return null;

  const run = async (dryRun: boolean) => {
    setFailure(null);
    try {
      const { data } = await copy({ variables: { input: { schoolCode, fromTerm: source.fromTerm, fromYear: source.fromYear, toTerm: term, dryRun } } });
      if (!data) return;
      if (dryRun) setPreview(data.copyTimetable);
      else {
        setPreview(null);
        setDone(data.copyTimetable);
        onCopied();
      }
    } catch (error) {
      const key = slotRefusal(error)?.key;
      setFailure((key && t(key === 'timetable.reasons.SLOT_CLASH' ? 'timetable.copy.raced' : key)) || serverErrorMessage(error) || t('timetable.failed'));
    }
  };
  const sourceLabel = (s: CopySource) => t(`timetable.copy.from.${s.key}`, { term: t(`timetable.term.${s.fromTerm}`), year: s.fromYear ?? yearName });

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="copy-title">
      <Stack gap="sm">
        <Text component="h2" fw={700} size="lg" id="copy-title">
          {t('timetable.copy.title', { term: t(`timetable.term.${term}`) })}
        </Text>
        <Text size="sm">{t('timetable.copy.help')}</Text>
        <Group align="flex-end" gap="sm">
          <NativeSelect
            label={t('timetable.copy.source')}
            value={sourceKey}
            onChange={(e) => {
              setSourceKey(e.currentTarget.value as CopySource['key']);
              setPreview(null);
              setDone(null);
            }}
            data={sources.map((s) => ({ value: s.key, label: sourceLabel(s) }))}
          />
          <Button variant="default" loading={copying.loading && !preview} onClick={() => void run(true)}>
            {t('timetable.copy.preview')}
          </Button>
        </Group>
        <div role="status">
          {preview && (
            <Stack gap="xs">
              <Text fw={600}>{t('timetable.copy.wouldCopy', { count: preview.copied, copied: formatNumber(preview.copied), skipped: formatNumber(preview.skipped) })}</Text>
              <SkippedTable report={preview} />
            </Stack>
          )}
          {done && <Alert color="green">{t('timetable.copy.done', { count: done.copied, copied: formatNumber(done.copied), skipped: formatNumber(done.skipped) })}</Alert>}
        </div>
        {preview && (
          <Group>
            <Button disabled={preview.copied === 0} loading={copying.loading} onClick={() => void run(false)}>
              {t('timetable.copy.run', { count: preview.copied, copied: formatNumber(preview.copied) })}
            </Button>
          </Group>
        )}
        {failure && (
          <Alert color="red" role="alert">
            {failure}
          </Alert>
        )}
      </Stack>
    </Paper>
  );
}
