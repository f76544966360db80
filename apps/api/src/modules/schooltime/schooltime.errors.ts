import { registerEnumType } from 'type-graphql';

/** Why school time refuses (extensions.reason), beside the generic CoreErrorReason. */
export enum SchoolTimeErrorReason {
  // Timetables
  SLOT_CLASH = 'SLOT_CLASH',
  INVALID_SLOT_TIME = 'INVALID_SLOT_TIME',
  // Roll calls and absences
  NOT_A_SLOT_DAY = 'NOT_A_SLOT_DAY',
  NOT_IN_CLASS = 'NOT_IN_CLASS',
  DUPLICATE_PUPIL = 'DUPLICATE_PUPIL',
  TOO_MANY_PUPILS = 'TOO_MANY_PUPILS',
  INVALID_MINUTES_LATE = 'INVALID_MINUTES_LATE',
  ABSENCE_JUSTIFIED = 'ABSENCE_JUSTIFIED',
  // Justifications
  ALREADY_JUSTIFIED = 'ALREADY_JUSTIFIED',
  SEVERAL_PUPILS = 'SEVERAL_PUPILS',
  TOO_MANY_PENDING = 'TOO_MANY_PENDING',
  ATTACHMENT_TOO_LARGE = 'ATTACHMENT_TOO_LARGE',
  ATTACHMENT_TYPE = 'ATTACHMENT_TYPE',
  JUSTIFICATION_DECIDED = 'JUSTIFICATION_DECIDED',
  DECISION_REASON_REQUIRED = 'DECISION_REASON_REQUIRED',
  INVALID_PERIOD = 'INVALID_PERIOD',
}

registerEnumType(SchoolTimeErrorReason, {
  name: 'SchoolTimeErrorReason',
  description: 'Why a timetable, roll call or absence operation was refused (extensions.reason).',
  valuesConfig: {
    SLOT_CLASH: { description: 'The slot overlaps another of the same class, teacher or room that term (CONFLICT, extensions.clashes names each).' },
    INVALID_SLOT_TIME: { description: 'A slot is on Monday (1) to Saturday (6), its times HH:MM, ending after it starts, within the school day (07:00–20:00) and 15 minutes to 4 hours long (BAD_USER_INPUT, field weekday, startsAt or endsAt).' },
    NOT_A_SLOT_DAY: { description: 'A roll call is for a date on the slot\'s weekday, within its term, not in the future (BAD_USER_INPUT, field date).' },
    NOT_IN_CLASS: { description: 'No pupil of the slot\'s class has this code Massar on that date (BAD_USER_INPUT per row).' },
    DUPLICATE_PUPIL: { description: 'A roll call names the same pupil twice (BAD_USER_INPUT per row).' },
    TOO_MANY_PUPILS: { description: 'A roll call lists more pupils than its class can hold (BAD_USER_INPUT, field absent).' },
    INVALID_MINUTES_LATE: { description: 'minutesLate is for a pupil marked late, from 1 to less than the slot\'s length (BAD_USER_INPUT per row).' },
    ABSENCE_JUSTIFIED: { description: 'A roll call recorded again drops absences that have an accepted or a pending justification: only the school\'s staff may remove them (CONFLICT, extensions.codesMassar names the pupils).' },
    ALREADY_JUSTIFIED: { description: 'An absence already has an accepted or a pending justification (CONFLICT).' },
    SEVERAL_PUPILS: { description: 'One justification covers absences of one pupil at one school (BAD_USER_INPUT, field absenceIds).' },
    TOO_MANY_PENDING: { description: 'The pupil has as many justifications waiting for the school\'s decision as allowed (CONFLICT).' },
    ATTACHMENT_TOO_LARGE: { description: 'The attachment is over 1.5 MB (1,500,000 bytes) once decoded (BAD_USER_INPUT, field attachment).' },
    ATTACHMENT_TYPE: { description: 'The attachment is not a JPEG, PNG, WebP or PDF file, or not the type it declares, by its content (BAD_USER_INPUT).' },
    JUSTIFICATION_DECIDED: { description: 'The justification was accepted or refused already (CONFLICT).' },
    DECISION_REASON_REQUIRED: { description: 'Refusing a justification needs a reason (BAD_USER_INPUT, field reason).' },
    INVALID_PERIOD: { description: 'A period of dates ends before it starts, or is longer than allowed (BAD_USER_INPUT).' },
  },
});
