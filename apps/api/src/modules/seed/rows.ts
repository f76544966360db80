import { type CopyTarget } from './copy.js';
import { type Rng } from './rng.js';

/** The tables the seed fills, in load order; indexes into CopySink. */
export const T = {
  school: 0, schoolClass: 1, staff: 2, assignment: 3, student: 4, guardian: 5, link: 6, enrolment: 7, slot: 8, rollCall: 9, absence: 10, beneficiary: 11,
  // The previous school year (history.ts): its enrolments, results, decisions and exam marks.
  pastEnrolment: 12, pastResult: 13, pastDecision: 14, pastAssessment: 15, pastGrade: 16,
} as const;

/** Bulk-loaded tables: emptied, stripped of indexes and keys, loaded, rebuilt (see bulk-load). */
export const BULK_TABLES = [
  'school', 'school_class', 'staff_member', 'teaching_assignment', 'student', 'guardian', 'student_guardian', 'enrolment',
  'timetable_slot', 'roll_call', 'absence_record', 'support_beneficiary',
  'published_result', 'year_decision', 'assessment', 'grade',
];

/** Bulk tables partitioned by school year: the year's partition is truncated and loaded, not the parent. */
export const YEAR_PARTITIONED = ['enrolment', 'timetable_slot', 'roll_call', 'absence_record', 'published_result', 'grade'] as const;
export type YearPartitioned = (typeof YEAR_PARTITIONED)[number];

/**
 * COPY targets in the order of T. Partitioned tables are loaded straight into the year's partition;
 * the previous year's rows into that year's (`past`, the seeded year's when there is no history:
 * then nothing is written to them).
 */
export function copyTargets(partition: Record<YearPartitioned, string>, past: Record<YearPartitioned, string> = partition): CopyTarget[] {
  return [
    { label: 'school', into: 'school (id, code, name_fr, name_ar, cycles, sector, milieu, province_id, capacity)' },
    { label: 'school_class', into: 'school_class (id, school_id, school_year_id, level_id, stream_id, name, capacity)' },
    { label: 'staff_member', into: 'staff_member (id, school_id, first_name, first_name_ar, last_name, last_name_ar, position, phone)' },
    { label: 'teaching_assignment', into: 'teaching_assignment (id, school_id, class_id, subject_id, teacher_id)' },
    { label: 'student', into: 'student (id, code_massar, first_name, first_name_ar, last_name, last_name_ar, birth_date, birth_place, gender)' },
    { label: 'guardian', into: 'guardian (id, first_name, first_name_ar, last_name, last_name_ar, phone)' },
    { label: 'student_guardian', into: 'student_guardian (student_id, guardian_id, relationship, school_id)' },
    { label: 'enrolment', into: `${partition.enrolment} (id, student_id, school_id, class_id, school_year_id, enrolled_on)` },
    {
      label: 'timetable_slot',
      into: `${partition.timetable_slot} (id, school_id, school_year_id, term, class_id, subject_id, teacher_id, room, weekday, starts_at, ends_at)`,
    },
    {
      label: 'roll_call',
      into: `${partition.roll_call} (id, school_id, school_year_id, term, slot_id, class_id, subject_id, held_on, minutes, recorded_at)`,
    },
    { label: 'absence_record', into: `${partition.absence_record} (id, school_id, school_year_id, term, roll_call_id, student_id, held_on, late, minutes)` },
    { label: 'support_beneficiary', into: 'support_beneficiary (id, programme_id, school_year_id, student_id, school_id, level_id, added_at)' },
    { label: 'past_enrolment', into: `${past.enrolment} (id, student_id, school_id, class_id, school_year_id, enrolled_on)` },
    {
      label: 'published_result',
      into: `${past.published_result} (school_id, school_year_id, class_id, student_id, term, general_average, rank, class_average, subjects, derivation, certificate, proposed_decision, published_at)`,
    },
    { label: 'year_decision', into: 'year_decision (school_id, school_year_id, class_id, student_id, decision, proposed_decision, confirmed_at)' },
    { label: 'assessment', into: 'assessment (id, school_id, class_id, subject_id, school_year_id, term, kind, number, held_on, created_at)' },
    { label: 'grade', into: `${past.grade} (school_id, school_year_id, assessment_id, student_id, value, recorded_at)` },
  ];
}

/** Identity values handed out by the generator; the sequences are moved past them at the end. */
export interface IdCounters {
  school: number;
  schoolClass: number;
  staff: number;
  assignment: number;
  student: number;
  guardian: number;
  enrolment: number;
  slot: number;
  rollCall: number;
  absence: number;
  beneficiary: number;
  assessment: number;
  /** Next number of student_code_seq (the 9 digits of the code Massar). */
  code: number;
}

/** The identity sequence behind each counter but `code`. */
export const SEQUENCES: [Exclude<keyof IdCounters, 'code'>, string][] = [
  ['school', "pg_get_serial_sequence('school', 'id')"],
  ['schoolClass', "pg_get_serial_sequence('school_class', 'id')"],
  ['staff', "pg_get_serial_sequence('staff_member', 'id')"],
  ['assignment', "pg_get_serial_sequence('teaching_assignment', 'id')"],
  ['student', "pg_get_serial_sequence('student', 'id')"],
  ['guardian', "pg_get_serial_sequence('guardian', 'id')"],
  ['enrolment', "pg_get_serial_sequence('enrolment', 'id')"],
  ['slot', "pg_get_serial_sequence('timetable_slot', 'id')"],
  ['rollCall', "pg_get_serial_sequence('roll_call', 'id')"],
  ['absence', "pg_get_serial_sequence('absence_record', 'id')"],
  ['beneficiary', "pg_get_serial_sequence('support_beneficiary', 'id')"],
  ['assessment', "pg_get_serial_sequence('assessment', 'id')"],
];

/** A Moroccan mobile number: 06 or 07 and eight digits. */
export function mobile(rng: Rng): string {
  return `0${rng.chance(0.7) ? 6 : 7}${10_000_000 + rng.int(90_000_000)}`;
}
