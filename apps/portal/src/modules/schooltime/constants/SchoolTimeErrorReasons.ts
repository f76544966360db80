import { CoreErrorReason } from '@massar/client';

/**
 * The refusals of justifyAbsence the portal words itself (schooltime.errors.*), so a family reads
 * them in its own language. School time's reasons are written out: @massar/client does not export
 * SchoolTimeErrorReason's values yet (schema.graphql's enum of the same name lists them).
 */
export const JUSTIFY_ERROR_REASONS: ReadonlySet<string> = new Set<string>([
  'ALREADY_JUSTIFIED',
  'TOO_MANY_PENDING',
  'ATTACHMENT_TOO_LARGE',
  'ATTACHMENT_TYPE',
  'SEVERAL_PUPILS',
  CoreErrorReason.NOT_FOUND,
  CoreErrorReason.FORBIDDEN,
  CoreErrorReason.INVALID,
  CoreErrorReason.BODY_TOO_LARGE,
  CoreErrorReason.UNAUTHENTICATED,
  CoreErrorReason.OVERLOADED,
]);

/** Refusals that mean the list no longer shows the truth (sent from another device, a roll call taken again): read it again. */
export const STALE_ABSENCE_REASONS: ReadonlySet<string> = new Set<string>(['ALREADY_JUSTIFIED', 'TOO_MANY_PENDING', CoreErrorReason.NOT_FOUND]);
