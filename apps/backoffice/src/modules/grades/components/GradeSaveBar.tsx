import { serverErrorMessage } from '@massar/client';
import { Alert, Button, Group, Stack, Text, TextInput, useLanguage, useTranslation } from '@massar/ui';
import type { SaveOutcome } from '../hooks/useGradeGrid';

export interface GradeSaveBarProps {
  changedCells: number;
  invalidCells: number;
  overwrites: boolean;
  saving: boolean;
  outcome: SaveOutcome | null;
  reason: string;
  onReasonChange: (reason: string) => void;
  onSave: () => void;
  onDiscard: () => void;
}

function OutcomeMessage({ outcome }: { outcome: SaveOutcome }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  switch (outcome.kind) {
    case 'saved':
      return outcome.columns > 0 ? (
        <Alert color="green" role="status">
          {t('grades.saved', { count: outcome.columns })}
        </Alert>
      ) : null;
    case 'invalid':
      return (
        <Alert color="red" role="alert">
          {t('grades.invalid', { count: outcome.cells })}
        </Alert>
      );
    case 'refused': {
      const labels = new Intl.ListFormat(language, { type: 'conjunction' }).format(outcome.columns.map((label) => t('grades.quoted', { label })));
      return (
        <Alert color="red" role="alert">
          {t('grades.refused', { labels, count: outcome.columns.length })}
        </Alert>
      );
    }
    case 'error':
      return (
        <Alert color="red" role="alert">
          {outcome.locked ? t('grades.lockedError') : (serverErrorMessage(outcome.error) ?? t('grades.networkError'))}
        </Alert>
      );
  }
}

/** The count of unsaved changes, the optional reason, "Enregistrer", and what the last save did. */
export function GradeSaveBar(props: GradeSaveBarProps) {
  const { changedCells, invalidCells, overwrites, saving, outcome, reason, onReasonChange, onSave, onDiscard } = props;
  const { t } = useTranslation();
  const pending = changedCells + invalidCells;
  return (
    <Stack gap="xs">
      {overwrites && (
        <TextInput
          label={t('grades.reason')}
          description={t('grades.reasonHint')}
          value={reason}
          maxLength={500}
          onChange={(event) => onReasonChange(event.currentTarget.value)}
          maw={560}
        />
      )}
      <Group gap="sm">
        <Button onClick={onSave} loading={saving} disabled={pending === 0}>
          {t('grades.save')}
        </Button>
        <Button variant="default" onClick={onDiscard} disabled={pending === 0 || saving}>
          {t('grades.discard')}
        </Button>
        <Text size="sm" c="dimmed" role="status">
          {pending === 0 ? t('grades.noChanges') : t('grades.pending', { count: changedCells })}
        </Text>
      </Group>
      {outcome && <OutcomeMessage outcome={outcome} />}
    </Stack>
  );
}
