import { useMutation } from '@apollo/client/react';
import type { RollOverSchoolYearMutation } from '@massar/client';
import { useEffect, useState } from 'react';
import { ROLL_OVER_SCHOOL_YEAR } from '../graphql/mutations/rollOverSchoolYear';

export type RolloverReportData = RollOverSchoolYearMutation['rollOverSchoolYear'];

/** Seconds since `running` turned true (0 when not running): the run can take several seconds, the screen says it is working. */
function useElapsed(running: boolean): number {
  const [elapsed, setElapsed] = useState(0);
  useEffect(() => {
    if (!running) return;
    setElapsed(0);
    const started = Date.now();
    const timer = setInterval(() => setElapsed(Math.floor((Date.now() - started) / 1000)), 1000);
    return () => clearInterval(timer);
  }, [running]);
  return running ? elapsed : 0;
}

/** The rollover of one school into a year: preview (dry run), then the run itself; the last report and error. */
export function useRollover(schoolCode: string) {
  const [roll, { loading, error, reset }] = useMutation(ROLL_OVER_SCHOOL_YEAR);
  const [report, setReport] = useState<RolloverReportData | null>(null);
  const [running, setRunning] = useState<'preview' | 'run' | null>(null);
  const elapsed = useElapsed(running === 'run');

  const send = async (toYear: string, dryRun: boolean) => {
    reset();
    setReport(null);
    setRunning(dryRun ? 'preview' : 'run');
    try {
      const { data } = await roll({ variables: { input: { schoolCode, toYear, dryRun } } });
      setReport(data?.rollOverSchoolYear ?? null);
    } catch {
      // Shown from `error`.
    } finally {
      setRunning(null);
    }
  };

  return {
    report,
    error,
    running: loading ? running : null,
    elapsed,
    preview: (toYear: string) => send(toYear, true),
    run: (toYear: string) => send(toYear, false),
    clear: () => {
      reset();
      setReport(null);
    },
  };
}
