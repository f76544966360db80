import type { Absence, JustificationStatus } from '@massar/client';

/** Where an absence stands for the family (schooltime.absences.status.* words each). */
export type AbsenceStatus = 'UNJUSTIFIED' | 'PENDING' | 'JUSTIFIED' | 'REFUSED';

export interface AbsenceState {
  kind: Absence;
  justification?: { status: JustificationStatus } | null;
}

/**
 * The status of one absence: JUSTIFIED once the school accepted it (the API's `kind`, the one
 * definition of "justified"), else the state of its latest justification, else UNJUSTIFIED.
 */
export function absenceStatus(absence: AbsenceState): AbsenceStatus {
  if (absence.kind === 'JUSTIFIED') return 'JUSTIFIED';
  const status = absence.justification?.status;
  if (status === 'PENDING') return 'PENDING';
  if (status === 'REFUSED') return 'REFUSED';
  return 'UNJUSTIFIED';
}

/** Whether the family may (still) justify it: never justified, or refused (the API refuses only accepted or pending ones). */
export const canJustify = (absence: AbsenceState) => {
  const status = absenceStatus(absence);
  return status === 'UNJUSTIFIED' || status === 'REFUSED';
};

/** The badge colour of each status. */
export const STATUS_COLOURS: Record<AbsenceStatus, string> = {
  UNJUSTIFIED: 'red',
  PENDING: 'yellow',
  JUSTIFIED: 'green',
  REFUSED: 'red',
};

/** Newest first: by date, then by the lesson's start (an absence whose slot was removed last within its day). */
export function newestFirst<T extends { id: string; date: string; slot?: { startsAt: string } | null }>(absences: readonly T[]): T[] {
  return [...absences].sort(
    (a, b) => b.date.localeCompare(a.date) || (b.slot?.startsAt ?? '').localeCompare(a.slot?.startsAt ?? '') || b.id.localeCompare(a.id),
  );
}

/** The selection once the list changed (after sending, or a refetch): only ids still listed and still open to a justification. */
export function keepSelectable(selected: ReadonlySet<string>, absences: readonly (AbsenceState & { id: string })[]): Set<string> {
  return new Set(absences.filter((a) => selected.has(a.id) && canJustify(a)).map((a) => a.id));
}
