import { Arg, Authorized, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { type Context, loader } from '../../core/context.js';
import { badInput } from '../../core/errors.js';
import { Term } from '../evaluation/evaluation.enums.js';
import { StudentResults } from '../evaluation/results.types.js';
import { Student } from '../people/student.entity.js';
import { studentById } from '../people/people.loaders.js';
import { SchoolClass } from '../schooling/school-class.entity.js';
import { schoolYearByName, subjectById } from '../schooling/schooling.loaders.js';
import { Subject } from '../schooling/subject.entity.js';
import { absencesByClass, absencesByStudent, justificationById } from './absence.loaders.js';
import { AbsenceJustification, AbsenceRecord, AttendanceTotals } from './absence.types.js';
import { attendanceTotals } from './attendance.loaders.js';
import { checkDate } from './roll-call.service.js';
import { SchoolTimeErrorReason as Reason } from './schooltime.errors.js';
import { TimetableSlot } from './timetable-slot.entity.js';
import { slotById } from './timetable.loaders.js';

/** The longest period SchoolClass.absences lists: a month and a half (a week's screen, a month's report). */
const MAX_PERIOD_DAYS = 45;

@Authorized()
@Resolver(() => AbsenceRecord)
export class AbsenceRecordResolver {
  @FieldResolver(() => Student, { nullable: true, description: 'The pupil (null if outside your scope, e.g. a teacher who no longer teaches the class).' })
  student(@Root() a: AbsenceRecord, @Ctx() ctx: Context) {
    return loader(ctx, studentById).load(Number(a.studentId));
  }

  @FieldResolver(() => Subject)
  subject(@Root() a: AbsenceRecord, @Ctx() ctx: Context) {
    return loader(ctx, subjectById).load(a.subjectId);
  }

  @FieldResolver(() => TimetableSlot, { nullable: true, description: 'The slot of the roll call, within the slot rule; null once removed.' })
  slot(@Root() a: AbsenceRecord, @Ctx() ctx: Context) {
    return a.slotId ? loader(ctx, slotById).load(a.slotId) : null;
  }

  @FieldResolver(() => AbsenceJustification, {
    nullable: true,
    description: 'The latest justification sent for it: the family\'s and the school\'s staff only (teachers read `kind`).',
  })
  justification(@Root() a: AbsenceRecord, @Ctx() ctx: Context) {
    return a.justificationId ? loader(ctx, justificationById).load(Number(a.justificationId)) : null;
  }
}

const yearOf = async (ctx: Context, year: string | undefined) => {
  const found = await loader(ctx, schoolYearByName).load(year ?? '');
  if (found instanceof Error) throw found;
  return found;
};

@Authorized()
@Resolver(() => Student)
export class StudentAbsencesResolver {
  @FieldResolver(() => [AbsenceRecord], { description: 'The pupil\'s absences and lateness of a school year (default: the current one), or of one term, by date; within your scope.' })
  async absences(
    @Root() s: Student,
    @Arg('term', () => Term, { nullable: true }) term: Term | undefined,
    @Arg('year', () => String, { nullable: true }) year: string | undefined,
    @Ctx() ctx: Context,
  ): Promise<AbsenceRecord[]> {
    const y = await yearOf(ctx, year);
    return loader(ctx, absencesByStudent).load(`${s.id}:${y.id}:${term ?? ''}`);
  }

  @FieldResolver(() => AttendanceTotals, { description: 'The pupil\'s attendance over a term of a school year (default: the current one), from the absences in your scope.' })
  async attendance(
    @Root() s: Student,
    @Arg('term', () => Term) term: Term,
    @Arg('year', () => String, { nullable: true }) year: string | undefined,
    @Ctx() ctx: Context,
  ): Promise<AttendanceTotals> {
    const y = await yearOf(ctx, year);
    return loader(ctx, attendanceTotals).load({ studentId: String(s.id), yearId: y.id, term });
  }
}

@Authorized()
@Resolver(() => SchoolClass)
export class ClassAbsencesResolver {
  @FieldResolver(() => [AbsenceRecord], {
    description: `The class's absences and lateness between two dates (YYYY-MM-DD, inclusive, at most ${MAX_PERIOD_DAYS} days; default: this week, `
      + 'Monday to Sunday), by date: those in your scope (a family: its own child\'s).',
  })
  absences(
    @Root() c: SchoolClass,
    @Arg('from', () => String, { nullable: true }) from: string | undefined,
    @Arg('to', () => String, { nullable: true }) to: string | undefined,
    @Ctx() ctx: Context,
  ): Promise<AbsenceRecord[]> {
    const start = from ? checkDate(from, 'from') : thisMonday();
    const end = to ? checkDate(to, 'to') : addDays(start, 6);
    const days = (Date.parse(end) - Date.parse(start)) / 86_400_000;
    if (days < 0 || days >= MAX_PERIOD_DAYS) throw badInput('to', Reason.INVALID_PERIOD, `A period runs forward, at most ${MAX_PERIOD_DAYS} days`);
    return loader(ctx, absencesByClass).load(`${c.id}:${start}:${end}`);
  }
}

const addDays = (date: string, days: number) => new Date(Date.parse(date) + days * 86_400_000).toISOString().slice(0, 10);

/** Monday of this week, in Morocco (UTC+1 all year since 2018, except during Ramadan). */
function thisMonday(): string {
  const today = new Date(Date.now() + 3_600_000).toISOString().slice(0, 10);
  const isoWeekday = ((new Date(`${today}T00:00:00Z`).getUTCDay() + 6) % 7) + 1;
  return addDays(today, 1 - isoWeekday);
}

@Authorized()
@Resolver(() => StudentResults)
export class ResultsAttendanceResolver {
  @FieldResolver(() => AttendanceTotals, { description: 'The pupil\'s attendance over the same term (or year) of the class\'s school year, from the absences in your scope.' })
  attendance(@Root() r: StudentResults, @Ctx() ctx: Context): Promise<AttendanceTotals> {
    return loader(ctx, attendanceTotals).load({ studentId: String(r.studentId), classId: r.classId, term: r.term });
  }
}
