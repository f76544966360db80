import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Permission, ScopeKind, scopeIds } from '../../core/auth/grants.js';
import { type Context, loader, requireViewer } from '../../core/context.js';
import { idOf, MAX_ID } from '../../core/graphql/node.js';
import { Term } from '../evaluation/evaluation.enums.js';
import { StaffMember } from '../people/staff-member.entity.js';
import { Student } from '../people/student.entity.js';
import { ViewerObject } from '../people/viewer.type.js';
import { SchoolClass } from '../schooling/school-class.entity.js';
import { schoolYearByName, subjectById } from '../schooling/schooling.loaders.js';
import { Subject } from '../schooling/subject.entity.js';
import { School } from '../territory/school.entity.js';
import { CopyTimetableInput, PlaceSlotInput, SlotClashesArgs } from './dto/timetable.input.js';
import { TimetableCopyReport } from './dto/timetable-copy.type.js';
import { SlotClash } from './timetable-clash.js';
import { copyTimetable } from './timetable-copy.service.js';
import {
  classTermKey, roomsBySchool, schoolWeekKey, slotClassById, slotsByClass, slotsBySchool, slotsByStudent, slotsByTeacher, slotTeacherById,
  studentWeekKey, teacherWeekKey,
} from './timetable.loaders.js';
import { placeSlot, removeSlot, type SlotPlacement, slotClashes } from './timetable.service.js';
import { TimetableSlot } from './timetable-slot.entity.js';

const YEAR = { nullable: true, description: 'A school year, e.g. 2025-2026. Omitted: the current one.' };
const yearOf = async (ctx: Context, year: string | undefined) => (await loader(ctx, schoolYearByName).load(year ?? '')).id;
const slotIdOf = (id: string, field: string) => String(idOf(id, 'TimetableSlot', field, MAX_ID));

@Authorized()
@Resolver(() => TimetableSlot)
export class TimetableSlotResolver {
  @FieldResolver(() => SchoolClass)
  async schoolClass(@Root() s: TimetableSlot, @Ctx() ctx: Context) {
    return loader(ctx, slotClassById).load(s.classId);
  }

  @FieldResolver(() => Subject)
  subject(@Root() s: TimetableSlot, @Ctx() ctx: Context) {
    return loader(ctx, subjectById).load(s.subjectId);
  }

  @FieldResolver(() => StaffMember, { nullable: true, description: 'Null when none is set, or outside your scope.' })
  async teacher(@Root() s: TimetableSlot, @Ctx() ctx: Context) {
    return s.teacherId === null ? null : loader(ctx, slotTeacherById).load(s.teacherId);
  }
}

@Authorized()
@Resolver(() => SchoolClass)
export class ClassTimetableResolver {
  @FieldResolver(() => [TimetableSlot], { description: 'The class\'s week in a term of its year, by weekday and start.' })
  timetable(@Root() c: SchoolClass, @Arg('term', () => Term) term: Term, @Ctx() ctx: Context) {
    return loader(ctx, slotsByClass).load(classTermKey(c.id, term));
  }
}

@Authorized()
@Resolver(() => Student)
export class StudentTimetableResolver {
  @FieldResolver(() => [TimetableSlot], { description: 'The week of the pupil\'s class that year (the ACTIVE enrolment, else the latest you may read).' })
  async timetable(@Root() s: Student, @Arg('term', () => Term) term: Term, @Arg('year', () => String, YEAR) year: string | undefined, @Ctx() ctx: Context) {
    return loader(ctx, slotsByStudent).load(studentWeekKey(String(s.id), await yearOf(ctx, year), term));
  }
}

@Authorized()
@Resolver(() => StaffMember)
export class StaffTimetableResolver {
  @FieldResolver(() => [TimetableSlot], { description: 'The teacher\'s week, in every school they teach in that you may read.' })
  async timetable(@Root() m: StaffMember, @Arg('term', () => Term) term: Term, @Arg('year', () => String, YEAR) year: string | undefined, @Ctx() ctx: Context) {
    return loader(ctx, slotsByTeacher).load(teacherWeekKey(m.id, await yearOf(ctx, year), term));
  }
}

@Authorized()
@Resolver(() => ViewerObject)
export class ViewerTimetableResolver {
  @FieldResolver(() => [TimetableSlot], { description: 'TEACHER: your own week, in every school you teach in; others: empty.' })
  async timetable(@Root() me: ViewerObject, @Arg('term', () => Term) term: Term, @Arg('year', () => String, YEAR) year: string | undefined, @Ctx() ctx: Context) {
    const teacherIds = scopeIds(me.viewer.grants, Permission.TEACH, ScopeKind.TEACHER);
    if (!teacherIds.length) return [];
    const yearId = await yearOf(ctx, year);
    return (await loader(ctx, slotsByTeacher).loadMany(teacherIds.map((t) => teacherWeekKey(t, yearId, term)))).flatMap((w) => (w instanceof Error ? [] : w));
  }
}

@Authorized()
@Resolver(() => School)
export class SchoolTimetableResolver {
  @FieldResolver(() => [TimetableSlot], { description: 'The school\'s week (the slots you may read), or one room\'s: the editor\'s grid.' })
  async timetable(
    @Root() school: School, @Arg('term', () => Term) term: Term, @Arg('year', () => String, YEAR) year: string | undefined,
    @Arg('room', () => String, { nullable: true, description: 'Only this room\'s slots (its name as on the slots).' }) room: string | undefined, @Ctx() ctx: Context,
  ) {
    return loader(ctx, slotsBySchool).load(schoolWeekKey(school.id, await yearOf(ctx, year), term, room?.trim() || null));
  }

  @FieldResolver(() => [String], { description: 'The rooms the school\'s slots name that term (those you may read), by name.' })
  async rooms(@Root() school: School, @Arg('term', () => Term) term: Term, @Arg('year', () => String, YEAR) year: string | undefined, @Ctx() ctx: Context) {
    return loader(ctx, roomsBySchool).load(schoolWeekKey(school.id, await yearOf(ctx, year), term));
  }
}

function placementOf(input: PlaceSlotInput | SlotClashesArgs): SlotPlacement {
  return {
    slotId: input.slotId ? slotIdOf(input.slotId, 'slotId') : null,
    classId: idOf(input.classId, 'SchoolClass', 'classId'),
    term: input.term, weekday: input.weekday, startsAt: input.startsAt, endsAt: input.endsAt,
    subjectCode: input.subjectCode ?? null,
    teacherId: input.teacherId ? idOf(input.teacherId, 'StaffMember', 'teacherId') : null,
    room: input.room ?? null,
  };
}

@Authorized()
@Resolver()
export class TimetableMutationResolver {
  @Authorized(Permission.REGISTRY_WRITE)
  @Query(() => [SlotClash], { description: 'What a slot would clash with, as the editor places it (the checks of placeSlot, nothing written): empty when it fits.' })
  slotClashes(@Args() args: SlotClashesArgs, @Ctx() ctx: Context): Promise<SlotClash[]> {
    return slotClashes(ctx.db, requireViewer(ctx), placementOf(args));
  }

  @Authorized(Permission.REGISTRY_WRITE)
  @Mutation(() => TimetableSlot, {
    description: 'The school\'s director or secretariat places a slot, or moves one (slotId). CONFLICT / SLOT_CLASH with extensions.clashes when it double-books the class, the teacher (in any school) or the room.',
  })
  placeSlot(@Arg('input') input: PlaceSlotInput, @Ctx() ctx: Context): Promise<TimetableSlot> {
    return placeSlot(ctx.db, requireViewer(ctx), { ...placementOf(input), subjectCode: input.subjectCode });
  }

  @Authorized(Permission.REGISTRY_WRITE)
  @Mutation(() => Boolean, { description: 'Removes a slot; its roll calls stay (with no slot).' })
  removeSlot(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<boolean> {
    return removeSlot(ctx.db, requireViewer(ctx), slotIdOf(id, 'id'));
  }

  @Authorized(Permission.REGISTRY_WRITE)
  @Mutation(() => TimetableCopyReport, { description: 'Copies a term\'s timetable (this year\'s or an earlier one\'s) into a term, all or nothing, reporting what was copied and what skipped and why.' })
  copyTimetable(@Arg('input') input: CopyTimetableInput, @Ctx() ctx: Context): Promise<TimetableCopyReport> {
    return copyTimetable(ctx.db, requireViewer(ctx), input);
  }
}
