/** Which school asked for a transfer: the one the pupil leaves, or the one they go to. */
export enum TransferSide {
  ORIGIN = 'ORIGIN',
  DESTINATION = 'DESTINATION',
}

/** Who approves a side of a transfer: its school, its provincial directorate, or its academy. */
export enum TransferApprover {
  SCHOOL = 'SCHOOL',
  PROVINCE = 'PROVINCE',
  REGION = 'REGION',
}

/** Where a school sits in the territory. */
export interface SchoolPlace {
  provinceId: number;
  regionId: number;
}

/** The approval each side needs (null: none on that side). */
export interface ApprovalsNeeded {
  origin: TransferApprover | null;
  destination: TransferApprover | null;
}

/**
 * Who must decide a transfer (issue 10): within one province, the school that did not ask;
 * between provinces of one academy, the origin's provincial directorate; between academies, both
 * academies, each for its own side. The transfer completes when every approval is in.
 */
export function approvalsNeeded(from: SchoolPlace, to: SchoolPlace, requestedBy: TransferSide): ApprovalsNeeded {
  if (from.provinceId === to.provinceId) {
    return requestedBy === TransferSide.ORIGIN
      ? { origin: null, destination: TransferApprover.SCHOOL }
      : { origin: TransferApprover.SCHOOL, destination: null };
  }
  if (from.regionId === to.regionId) return { origin: TransferApprover.PROVINCE, destination: null };
  return { origin: TransferApprover.REGION, destination: TransferApprover.REGION };
}
