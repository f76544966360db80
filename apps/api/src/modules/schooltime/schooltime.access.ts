// School time's rules (DESIGN "Who may see what"): timetable slots, roll calls, absences and
// justifications. One file for the module, as for every module; each part below is its own section.
// The imports of every section, here (a name is imported once per file).
import { type GrantScope, Permission } from '../../core/auth/grants.js';
import { type AccessRule, defineRule, scopeId } from '../../core/auth/rules.js';
import { currentSchoolOf, familyPupils, staffRule } from '../people/people.access.js';
import { classRule, taughtClasses } from '../schooling/schooling.access.js';
import { ownSchool } from '../territory/territory.access.js';

// ── Timetable slots ──────────────────────────────────────────────────────────────────────────
// The school's director and secretariat read its whole week; a teacher their own slots (in any
// school) and every slot of the classes they teach; a family their children's classes'; territorial
// roles nothing. Not every slot of the school for a teacher: the classes they do not teach are
// outside their scope (classRule), and a slot names its class.

/** A slot: its school, class and teacher (null when none). */
export interface TimetableSlotRow {
  schoolId: string;
  classId: string;
  teacherId: string;
}

export const slotColumns = (s: string): TimetableSlotRow => ({ schoolId: `${s}.school_id`, classId: `${s}.class_id`, teacherId: `${s}.teacher_id` });

export const timetableSlotRule = defineRule<TimetableSlotRow>('Timetable slot', {
  [Permission.SCHOOL_PUPILS]: (scope, r) => ownSchool(scope, r.schoolId),
  [Permission.TEACH]: (scope, r) => `(${r.teacherId} = ${scopeId(scope)} OR ${taughtClasses(scope, r.classId)})`,
  [Permission.FAMILY]: (scope, r) => classRule.conditions[Permission.FAMILY]!(scope, r.classId),
});

/**
 * The class of a slot (TimetableSlot.schoolClass, by class id): whom classRule lets through, and a
 * teacher the classes of their own slots (a substitute placed without the class's assignment).
 */
export const slotClassRule = defineRule('Class of a slot', {
  ...classRule.conditions,
  [Permission.TEACH]: (scope, classId) =>
    `(${classRule.conditions[Permission.TEACH]!(scope, classId)} OR ${classId} IN (SELECT ts.class_id FROM timetable_slot ts WHERE ts.teacher_id = ${scopeId(scope)}))`,
});

/** A staff member (their id and school id), for the teacher of a slot. */
export interface StaffRow {
  staffId: string;
  schoolId: string;
}

/**
 * The teacher of a slot (TimetableSlot.teacher): whom the staff rule lets through, and the teacher
 * of a slot in reach (one who teaches in this school but belongs to another). Their identity only.
 */
export const slotTeacherRule: AccessRule<StaffRow> = defineRule<StaffRow>('Teacher of a slot', Object.fromEntries(
  Object.values(Permission).flatMap((p) => {
    const own = staffRule.conditions[p];
    const slot = timetableSlotRule.conditions[p];
    if (!own && !slot) return [];
    return [[p, (scope: GrantScope, r: StaffRow) => {
      const parts = [own?.(scope, r.schoolId), slot && `${r.staffId} IN (SELECT ts.teacher_id FROM timetable_slot ts WHERE ${slot(scope, slotColumns('ts'))})`];
      return parts.filter(Boolean).map((c) => `(${c})`).join(' OR ');
    }]];
  }),
));

/** Schools (by id) whose timetable may be edited (placeSlot, removeSlot, copyTimetable, slotClashes): the director's and secretariat's. */
export const timetableWriteRule = defineRule('TimetableWrite', { [Permission.REGISTRY_WRITE]: ownSchool },
  'Only the school\'s director and secretariat may edit its timetable');

// ── Roll calls, absences, justifications ─────────────────────────────────────────────────────
// Families read their own child's rows; a school's staff what it recorded and, after a transfer,
// the whole history of the pupils it has now (as enrolment.access.ts reads enrolments); teachers
// the roll calls of their slots and the absences of their classes; territorial roles nothing
// (only aggregated figures, later). Justifications and their attachments are the family's and
// the school's, never the teachers'.

/** A roll call (or an absence's roll call): its school, class and slot. */
export interface RollCallRow {
  schoolId: string;
  classId: string;
  slotId: string;
}

/** An absence: its pupil, and its roll call's school, class and slot. */
export interface AbsenceRow extends RollCallRow {
  studentId: string;
}

/** A justification, or the absences it covers: its pupil and the school it was sent to. */
export interface JustificationRow {
  studentId: string;
  schoolId: string;
}

/** A slot whose roll call is taken: its teacher and school. */
export interface SlotRow {
  teacherId: string;
  schoolId: string;
}

/** The teacher of a slot by id (null once the slot is gone: then the class decides). */
const slotTeacher = (slotId: string) => `(SELECT ts.teacher_id FROM timetable_slot ts WHERE ts.id = ${slotId})`;

/** The teacher's slots and classes: the roll calls they take, and every absence of a class they teach. */
const teachesRollCall = (scope: GrantScope, r: RollCallRow) => `(${taughtClasses(scope, r.classId)} OR ${slotTeacher(r.slotId)} = ${scopeId(scope)})`;

/** Rows of a pupil recorded by a school: that school, and the school the pupil is in now. CASE: the lookup runs only for another school. */
const recordedOrCurrentSchool = (scope: GrantScope, r: { studentId: string; schoolId: string }) =>
  `(CASE WHEN ${ownSchool(scope, r.schoolId)} THEN true ELSE ${currentSchoolOf(r.studentId)} = ${scopeId(scope)} END)`;

/** Roll calls (who took them, when, the class list with its marks): the school's staff and the teachers. */
export const rollCallRule = defineRule<RollCallRow>('Roll call', {
  [Permission.SCHOOL_PUPILS]: (scope, r) => ownSchool(scope, r.schoolId),
  [Permission.TEACH]: teachesRollCall,
});

/** Slots whose roll call may be taken: the slot's own teacher, or the school's director and secretariat. */
export const rollCallWriteRule = defineRule<SlotRow>('RollCallWrite', {
  [Permission.TEACH]: (scope, r) => `${r.teacherId} = ${scopeId(scope)}`,
  [Permission.REGISTRY_WRITE]: (scope, r) => ownSchool(scope, r.schoolId),
}, 'Only the slot\'s teacher or the school\'s staff may take its roll call');

/** Absences: the family's own child's, the school's (and its pupils' history), the teachers' classes. */
export const absenceRule = defineRule<AbsenceRow>('Absence', {
  [Permission.SCHOOL_PUPILS]: recordedOrCurrentSchool,
  [Permission.TEACH]: teachesRollCall,
  [Permission.FAMILY]: (scope, r) => familyPupils(scope, r.studentId),
});

/** Justifications (reason, note, decision): the family's and the school's; teachers see only whether an absence counts as justified. */
export const justificationRule = defineRule<JustificationRow>('Justification', {
  [Permission.SCHOOL_PUPILS]: recordedOrCurrentSchool,
  [Permission.FAMILY]: (scope, r) => familyPupils(scope, r.studentId),
});

/** A justification's attachment (a medical certificate): the school it was sent to and the pupil's family, nobody else. */
export const attachmentRule = defineRule<JustificationRow>('Justification attachment', {
  [Permission.SCHOOL_PUPILS]: (scope, r) => ownSchool(scope, r.schoolId),
  [Permission.FAMILY]: (scope, r) => familyPupils(scope, r.studentId),
});

/** Absences that may be justified: by the pupil's family, or by the staff of the school that recorded them. */
export const justifyRule = defineRule<JustificationRow>('JustifyAbsence', {
  [Permission.FAMILY]: (scope, r) => familyPupils(scope, r.studentId),
  [Permission.REGISTRY_WRITE]: (scope, r) => ownSchool(scope, r.schoolId),
}, 'Only the pupil\'s family or the school\'s staff may justify this absence');

/** Justifications (by their school id) that may be accepted or refused: the school's director and secretariat. */
export const decideJustificationRule = defineRule('DecideJustification', {
  [Permission.REGISTRY_WRITE]: ownSchool,
}, 'Only the school\'s staff may accept or refuse a justification');
