import { registerEnumType } from 'type-graphql';

/** Why schooling refuses (extensions.reason), beside the generic CoreErrorReason. */
export enum SchoolingErrorReason {
  INVALID_YEAR = 'INVALID_YEAR',
  UNKNOWN_YEAR = 'UNKNOWN_YEAR',
  UNKNOWN_SUBJECT = 'UNKNOWN_SUBJECT',
  SUBJECT_NOT_IN_CURRICULUM = 'SUBJECT_NOT_IN_CURRICULUM',
  NOT_A_TEACHER = 'NOT_A_TEACHER',
}
registerEnumType(SchoolingErrorReason, {
  name: 'SchoolingErrorReason',
  description: 'extensions.reason of the refusals about school years, levels and classes.',
  valuesConfig: {
    INVALID_YEAR: { description: 'A school year is written like 2025-2026.' },
    UNKNOWN_YEAR: { description: 'No school year of this name exists.' },
    UNKNOWN_SUBJECT: { description: 'No subject has this code.' },
    SUBJECT_NOT_IN_CURRICULUM: { description: 'The subject is not taught at the class\'s level (and stream) that year.' },
    NOT_A_TEACHER: { description: 'The staff member is the school\'s director or administrative staff, not a teacher.' },
  },
});
