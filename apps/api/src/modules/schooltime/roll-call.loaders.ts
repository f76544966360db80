import { type Context, requireViewer } from '../../core/context.js';
import { DomainError, ErrorCode } from '../../core/errors.js';
import { Student } from '../people/student.entity.js';
import { RollCallPupil, RollCallSheet, PupilState } from './absence.types.js';
import { inClassOn, slotForRollCall } from './roll-call.service.js';

interface SheetRow {
  id: string; code_massar: string; first_name: string; last_name: string; first_name_ar: string; last_name_ar: string; birth_date: string;
  birth_place: string; gender: Student['gender']; created_at: Date; absence_id: string | null; late: boolean | null; minutes: number | null;
}

/**
 * The roll call sheet of a slot on a date, for those who read its roll calls (rollCallRule: the
 * school's staff, the slot's teacher and the class's): the class's pupils on that date with their
 * marks, and who recorded it last. Null outside that scope, or for a date that is not the slot's.
 * Three statements, whatever the class's size.
 */
export async function rollCallSheet(ctx: Context, slotId: number, date: string): Promise<RollCallSheet | null> {
  const slot = await slotForRollCall(ctx.db, requireViewer(ctx), slotId, date, false).catch((e: unknown) => {
    if (e instanceof DomainError && e.code === ErrorCode.NOT_FOUND) return null;
    throw e;
  });
  if (!slot?.readable || !slot.on_slot_day) return null;
  const [call]: { id: string; recorded_at: Date; recorded_by: string | null; minutes: number }[] = await ctx.db.query(
    `SELECT rc.id::text AS id, rc.recorded_at, ac.display_name AS recorded_by, rc.minutes FROM roll_call rc LEFT JOIN account ac ON ac.id = rc.recorded_by
     WHERE rc.slot_id = $1 AND rc.held_on = $2::date AND rc.school_year_id = $3`,
    [slotId, date, slot.school_year_id],
  );
  const rows: SheetRow[] = await ctx.db.query(
    `SELECT s.id::text AS id, s.code_massar, s.first_name, s.last_name, s.first_name_ar, s.last_name_ar, s.birth_date::text AS birth_date, s.birth_place,
            s.gender, s.created_at, a.id::text AS absence_id, a.late, a.minutes
     FROM enrolment e JOIN student s ON s.id = e.student_id
     LEFT JOIN absence_record a ON a.roll_call_id = $4 AND a.school_year_id = e.school_year_id AND a.student_id = e.student_id
     WHERE ${inClassOn('e', '$1', '$2', '$3::date')}
     ORDER BY s.last_name, s.first_name, s.id`,
    [slot.class_id, slot.school_year_id, date, call?.id ?? null],
  );
  return Object.assign(new RollCallSheet(), {
    slotId: String(slotId), date, taken: Boolean(call), recordedAt: call?.recorded_at ?? null, recordedBy: call?.recorded_by ?? null,
    minutes: call?.minutes ?? slot.minutes, pupils: rows.map(toPupil),
  });
}

function toPupil(r: SheetRow): RollCallPupil {
  const student = Object.assign(new Student(), {
    id: r.id, codeMassar: r.code_massar, firstName: r.first_name, lastName: r.last_name, firstNameAr: r.first_name_ar, lastNameAr: r.last_name_ar,
    birthDate: r.birth_date, birthPlace: r.birth_place, gender: r.gender, createdAt: r.created_at,
  });
  const state = r.absence_id === null ? PupilState.PRESENT : r.late ? PupilState.LATE : PupilState.ABSENT;
  return Object.assign(new RollCallPupil(), { student, studentId: r.id, absenceId: r.absence_id, state, minutesLate: state === PupilState.LATE ? r.minutes : null });
}
