import { registerEnumType } from 'type-graphql';

/** Why schooling refuses (extensions.reason), beside the generic CoreErrorReason. */
export enum SchoolingErrorReason {
  INVALID_YEAR = 'INVALID_YEAR',
  UNKNOWN_YEAR = 'UNKNOWN_YEAR',
}
registerEnumType(SchoolingErrorReason, {
  name: 'SchoolingErrorReason',
  description: 'extensions.reason of the refusals about school years, levels and classes.',
  valuesConfig: {
    INVALID_YEAR: { description: 'A school year is written like 2025-2026.' },
    UNKNOWN_YEAR: { description: 'No school year of this name exists.' },
  },
});
