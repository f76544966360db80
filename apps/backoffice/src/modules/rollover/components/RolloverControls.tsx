import { Alert, Button, Group, NativeSelect, Paper, Stack, Text, useFormatters, useTranslation } from '@massar/ui';
import { useEffect, useRef, useState } from 'react';

export interface RolloverControlsProps {
  targets: readonly string[];
  toYear: string;
  onYear: (year: string) => void;
  running: 'preview' | 'run' | null;
  elapsed: number;
  onPreview: () => void;
  onRun: () => void;
}

/** The year to open, "preview" (dry run), and "run" behind a confirmation; while it runs, that it is working. */
export function RolloverControls({ targets, toYear, onYear, running, elapsed, onPreview, onRun }: RolloverControlsProps) {
  const { t } = useTranslation();
  const { formatNumber } = useFormatters();
  const [confirming, setConfirming] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);
  const busy = running !== null;

  return (
    <Stack gap="sm">
      <Group align="flex-end" gap="sm">
        <NativeSelect
          label={t('rollover.toYear')}
          data={targets.map((y) => ({ value: y, label: y }))}
          value={toYear}
          onChange={(event) => {
            onYear(event.currentTarget.value);
            setConfirming(false);
          }}
          disabled={busy}
        />
        <Button variant="default" onClick={onPreview} loading={running === 'preview'} disabled={busy && running !== 'preview'}>
          {t('rollover.preview')}
        </Button>
        <Button onClick={() => setConfirming(true)} loading={running === 'run'} disabled={busy || confirming}>
          {t('rollover.run')}
        </Button>
      </Group>
      {confirming && !busy && (
        <Paper withBorder p="md" role="group" aria-labelledby="rollover-confirm-text">
          <Stack gap="sm">
            <Text id="rollover-confirm-text">{t('rollover.confirmText', { year: toYear })}</Text>
            <Group gap="sm">
              <Button
                ref={confirmRef}
                color="red"
                onClick={() => {
                  setConfirming(false);
                  onRun();
                }}
              >
                {t('rollover.confirm', { year: toYear })}
              </Button>
              <Button variant="default" onClick={() => setConfirming(false)}>
                {t('rollover.keep')}
              </Button>
            </Group>
          </Stack>
        </Paper>
      )}
      <div role="status" aria-live="polite">
        {running === 'run' && (
          <Alert color="blue">
            <Text size="sm">{t('rollover.running', { year: toYear, seconds: formatNumber(elapsed) })}</Text>
          </Alert>
        )}
        {running === 'preview' && <Text size="sm">{t('rollover.previewing')}</Text>}
      </div>
    </Stack>
  );
}
