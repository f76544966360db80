import { registerEnumType } from 'type-graphql';

/** Why social support refuses (extensions.reason), beside the generic CoreErrorReason. */
export enum SupportErrorReason {
  UNKNOWN_PROGRAMME = 'UNKNOWN_PROGRAMME',
  NOT_SCHOOL_PUPIL = 'NOT_SCHOOL_PUPIL',
  ALREADY_BENEFICIARY = 'ALREADY_BENEFICIARY',
  NOT_ELIGIBLE = 'NOT_ELIGIBLE',
  NOT_BENEFICIARY = 'NOT_BENEFICIARY',
  NOT_CONDITIONAL = 'NOT_CONDITIONAL',
  INVALID_MONTH = 'INVALID_MONTH',
}

registerEnumType(SupportErrorReason, {
  name: 'SupportErrorReason',
  description: 'Why a social support operation was refused (extensions.reason).',
  valuesConfig: {
    UNKNOWN_PROGRAMME: { description: 'No support programme has this code (BAD_USER_INPUT, field programmeCode).' },
    NOT_SCHOOL_PUPIL: { description: 'No pupil of a school you manage has this code Massar that year (BAD_USER_INPUT per row; another school\'s pupil reads the same).' },
    ALREADY_BENEFICIARY: { description: 'The pupil is already a beneficiary of this programme this year (BAD_USER_INPUT per row; CONFLICT when two lists race).' },
    NOT_ELIGIBLE: { description: 'The pupil fails one of the programme\'s eligibility rules: extensions.rows[].rule names it (MILIEU, CYCLE, LEVEL, SCHOOL_LIST, FAMILY_SITUATION).' },
    NOT_BENEFICIARY: { description: 'The pupil is not a beneficiary of this programme that year at a school you manage (BAD_USER_INPUT per row).' },
    NOT_CONDITIONAL: { description: 'Monthly entitlements exist only for a programme with an attendance condition (BAD_USER_INPUT, field programmeCode).' },
    INVALID_MONTH: { description: 'A month looks like 2025-11 and lies within the school year (BAD_USER_INPUT, field month).' },
  },
});
