// School time's rules (DESIGN "Who may see what"): timetable slots, roll calls, absences and
// justifications. One file for the module, as for every module; each part below is its own section.
// The imports of every section, here (a name is imported once per file).
import { type GrantScope, Permission } from '../../core/auth/grants.js';
import { type AccessRule, defineRule, scopeId } from '../../core/auth/rules.js';
import { staffRule } from '../people/people.access.js';
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
