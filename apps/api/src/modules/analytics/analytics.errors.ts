import { registerEnumType } from 'type-graphql';

/** Why analytics refuses (extensions.reason), beside the generic CoreErrorReason (NOT_FOUND for a territory outside your scope). */
export enum AnalyticsErrorReason {
  UNKNOWN_LEVEL = 'UNKNOWN_LEVEL',
  SLICE_MISMATCH = 'SLICE_MISMATCH',
  SLICE_TOO_WIDE = 'SLICE_TOO_WIDE',
}

registerEnumType(AnalyticsErrorReason, {
  name: 'AnalyticsErrorReason',
  description: 'Why an analytics operation was refused (extensions.reason).',
  valuesConfig: {
    UNKNOWN_LEVEL: { description: 'No level has this code (BAD_USER_INPUT, field levelCode).' },
    SLICE_MISMATCH: { description: 'The slice\'s level is not of its cycle (BAD_USER_INPUT, field levelCode).' },
    SLICE_TOO_WIDE: { description: 'A breakdown by school needs a region, a province or a school in the slice: the nation has too many schools for one answer (BAD_USER_INPUT, field by).' },
  },
});
