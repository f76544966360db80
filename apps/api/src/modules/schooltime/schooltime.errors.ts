import { registerEnumType } from 'type-graphql';

/** Why school time refuses (extensions.reason), beside the generic CoreErrorReason. */
export enum SchoolTimeErrorReason {
  // Timetables
  SLOT_CLASH = 'SLOT_CLASH',
  INVALID_SLOT_TIME = 'INVALID_SLOT_TIME',
  // Roll calls and absences
  NOT_A_SLOT_DAY = 'NOT_A_SLOT_DAY',
  NOT_IN_CLASS = 'NOT_IN_CLASS',
}

registerEnumType(SchoolTimeErrorReason, {
  name: 'SchoolTimeErrorReason',
  description: 'Why a timetable, roll call or absence operation was refused (extensions.reason).',
  valuesConfig: {
    SLOT_CLASH: { description: 'The slot overlaps another of the same class, teacher or room that term (CONFLICT, extensions.clashes names each).' },
    INVALID_SLOT_TIME: { description: 'A slot is on Monday (1) to Saturday (6), its times HH:MM, ending after it starts, within the school day (07:00–20:00) and 15 minutes to 4 hours long (BAD_USER_INPUT, field weekday, startsAt or endsAt).' },
    NOT_A_SLOT_DAY: { description: 'A roll call is for a date on the slot\'s weekday, within its term, not in the future (BAD_USER_INPUT, field date).' },
    NOT_IN_CLASS: { description: 'No pupil of the slot\'s class has this code Massar on that date (BAD_USER_INPUT per row).' },
  },
});
