import type { ChildAttendanceFieldsFragment } from '@massar/client';
import { LoadingState } from '@massar/ui';
import { SCHOOLTIME_MESSAGES, SCHOOLTIME_NS } from '../../../i18n/SchoolTimeMessages';
import { useLazyMessages } from '../../../i18n/useLazyMessages';
import { AttendanceTotals } from '../../schooltime/components/AttendanceTotals';

/** The attendance over the results' term (or year), worded by school time's lazy chunk: the results screen's own strings stay as they were. */
export function ResultsAttendance({ totals }: { totals: ChildAttendanceFieldsFragment }) {
  const ready = useLazyMessages(SCHOOLTIME_MESSAGES, SCHOOLTIME_NS);
  return ready ? <AttendanceTotals totals={totals} /> : <LoadingState />;
}
