import { Arg, Authorized, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { Permission, ScopeKind, scopeIds } from '../../core/auth/grants.js';
import { anyAccountRule } from '../../core/auth/rules.js';
import { type Context, loader } from '../../core/context.js';
import { ScopedQuery } from '../../core/database/loaders.js';
import { schoolById } from '../territory/territory.loaders.js';
import { School } from '../territory/school.entity.js';
import { staffMemberById } from '../people/people.loaders.js';
import { StaffMember } from '../people/staff-member.entity.js';
import { ViewerObject } from '../people/viewer.type.js';
import { Level } from './level.entity.js';
import { SchoolClass } from './school-class.entity.js';
import { SchoolYear } from './school-year.entity.js';
import {
  assignmentsByClass, assignmentsByTeacher, classById, classesBySchoolYear, levelById, schoolYearById, schoolYearByName, streamById, subjectById,
} from './schooling.loaders.js';
import { Stream } from './stream.entity.js';
import { Subject } from './subject.entity.js';
import { TeachingAssignment } from './teaching-assignment.entity.js';

const REFERENCE = { rule: anyAccountRule, column: 'id' };

@Authorized()
@Resolver()
export class ReferenceResolver {
  @Query(() => [SchoolYear], { description: 'All school years, latest first.' })
  schoolYears(@Ctx() ctx: Context): Promise<SchoolYear[]> {
    return ScopedQuery.of(ctx, SchoolYear, 'y', REFERENCE).qb.orderBy('y.startsOn', 'DESC').getMany();
  }

  @Query(() => [Level], { description: 'The twelve levels, 1AP to 2BAC.' })
  levels(@Ctx() ctx: Context): Promise<Level[]> {
    return ScopedQuery.of(ctx, Level, 'l', REFERENCE).qb.orderBy('l.id', 'ASC').getMany();
  }
}

@Authorized()
@Resolver(() => School)
export class SchoolClassesResolver {
  @FieldResolver(() => [SchoolClass], { description: 'Classes of a school year (default: the current one) within your scope.' })
  async classes(@Root() school: School, @Arg('year', () => String, { nullable: true }) year: string | undefined, @Ctx() ctx: Context) {
    const schoolYear = await loader(ctx, schoolYearByName).load(year ?? '');
    return loader(ctx, classesBySchoolYear).load(`${school.id}:${schoolYear.id}`);
  }
}

@Authorized()
@Resolver(() => SchoolClass)
export class SchoolClassResolver {
  @FieldResolver(() => Level)
  async level(@Root() c: SchoolClass, @Ctx() ctx: Context) {
    return loader(ctx, levelById).load(c.levelId);
  }

  @FieldResolver(() => Stream, { nullable: true })
  async stream(@Root() c: SchoolClass, @Ctx() ctx: Context) {
    return c.streamId ? loader(ctx, streamById).load(c.streamId) : null;
  }

  @FieldResolver(() => School)
  async school(@Root() c: SchoolClass, @Ctx() ctx: Context) {
    return loader(ctx, schoolById).load(c.schoolId);
  }

  @FieldResolver(() => SchoolYear)
  async schoolYear(@Root() c: SchoolClass, @Ctx() ctx: Context) {
    return loader(ctx, schoolYearById).load(c.schoolYearId);
  }

  @FieldResolver(() => [TeachingAssignment])
  teachingAssignments(@Root() c: SchoolClass, @Ctx() ctx: Context) {
    return loader(ctx, assignmentsByClass).load(c.id);
  }
}

@Authorized()
@Resolver(() => TeachingAssignment)
export class TeachingAssignmentResolver {
  @FieldResolver(() => SchoolClass)
  schoolClass(@Root() a: TeachingAssignment, @Ctx() ctx: Context) {
    return loader(ctx, classById).load(a.classId);
  }

  @FieldResolver(() => Subject)
  subject(@Root() a: TeachingAssignment, @Ctx() ctx: Context) {
    return loader(ctx, subjectById).load(a.subjectId);
  }

  @FieldResolver(() => StaffMember, { nullable: true })
  teacher(@Root() a: TeachingAssignment, @Ctx() ctx: Context) {
    return loader(ctx, staffMemberById).load(a.teacherId);
  }
}

@Authorized()
@Resolver(() => ViewerObject)
export class ViewerTeachingResolver {
  @FieldResolver(() => [TeachingAssignment], { description: 'TEACHER: the classes × subjects assigned; others: empty.' })
  async teachingAssignments(@Root() me: ViewerObject, @Ctx() ctx: Context) {
    const teacherIds = scopeIds(me.viewer.grants, Permission.TEACH, ScopeKind.TEACHER);
    return (await loader(ctx, assignmentsByTeacher).loadMany(teacherIds)).flatMap((a) => (a instanceof Error ? [] : a));
  }
}
