import { CoreErrorReason, SchoolTimeErrorReason } from '@massar/client';

/**
 * The refusals of justifyAbsence the portal words itself (schooltime.errors.*), so a family reads
 * them in its own language.
 */
export const JUSTIFY_ERROR_REASONS: ReadonlySet<string> = new Set<string>([
  SchoolTimeErrorReason.ALREADY_JUSTIFIED,
  SchoolTimeErrorReason.TOO_MANY_PENDING,
  SchoolTimeErrorReason.ATTACHMENT_TOO_LARGE,
  SchoolTimeErrorReason.ATTACHMENT_TYPE,
  SchoolTimeErrorReason.SEVERAL_PUPILS,
  CoreErrorReason.NOT_FOUND,
  CoreErrorReason.FORBIDDEN,
  CoreErrorReason.INVALID,
  CoreErrorReason.BODY_TOO_LARGE,
  CoreErrorReason.UNAUTHENTICATED,
  CoreErrorReason.OVERLOADED,
]);

/** Refusals that mean the list no longer shows the truth (sent from another device, a roll call taken again): read it again. */
export const STALE_ABSENCE_REASONS: ReadonlySet<string> = new Set<string>([SchoolTimeErrorReason.ALREADY_JUSTIFIED, SchoolTimeErrorReason.TOO_MANY_PENDING, CoreErrorReason.NOT_FOUND]);
