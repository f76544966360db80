import { DateResolver } from 'graphql-scalars';
import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { Permission } from '../../core/auth/grants.js';
import { type Context, loader } from '../../core/context.js';
import { studentById } from '../people/people.loaders.js';
import { Student } from '../people/student.entity.js';
import { SchoolClass } from '../schooling/school-class.entity.js';
import { schoolYearByName, streamById } from '../schooling/schooling.loaders.js';
import { Stream } from '../schooling/stream.entity.js';
import { School } from '../territory/school.entity.js';
import { schoolById } from '../territory/territory.loaders.js';
import { OrientationWishesInput, SetOrientationDeadlineInput } from './dto/orientation.input.js';
import { deadlineBySchoolYear, orientationByStudentYear, orientationKey, orientationOfClass } from './orientation.loaders.js';
import { setOrientationDeadline, submitOrientationWishes } from './orientation.service.js';
import { OrientationDeadline, OrientationDecision, OrientationWish, OrientationWishes } from './orientation.types.js';
import { decisionByStudentYear } from './year-decision.loaders.js';

const YEAR_ARG = { nullable: true, description: 'The school year (2025-2026); the current one when omitted.' } as const;

@Authorized()
@Resolver()
export class OrientationResolver {
  @Authorized(Permission.FAMILY)
  @Mutation(() => OrientationWishes, {
    description: 'A parent (confirmed link) or the pupil states ranked stream wishes for next year, replacing earlier ones: a pupil in 3AC, TC or 1BAC this year, '
      + 'before the school\'s deadline (CONFLICT DEADLINE_NOT_SET, DEADLINE_PASSED, NOT_ORIENTATION_LEVEL). Another family\'s code answers NOT_FOUND.',
  })
  submitOrientationWishes(@Arg('input') input: OrientationWishesInput, @Ctx() ctx: Context): Promise<OrientationWishes> {
    return submitOrientationWishes(ctx, input);
  }

  @Authorized(Permission.TERM_MANAGE)
  @Mutation(() => OrientationDeadline, { description: 'The director sets the last day of the school\'s orientation wishes for a year (within that year).' })
  setOrientationDeadline(@Arg('input') input: SetOrientationDeadlineInput, @Ctx() ctx: Context): Promise<OrientationDeadline> {
    return setOrientationDeadline(ctx, input);
  }
}

@Authorized()
@Resolver(() => Student)
export class StudentOrientationResolver {
  @FieldResolver(() => OrientationWishes, { nullable: true, description: 'The pupil\'s orientation for a year: for the family and the school\'s staff, null for anyone else.' })
  async orientation(@Root() s: Student, @Arg('year', () => String, YEAR_ARG) year: string | undefined, @Ctx() ctx: Context): Promise<OrientationWishes | null> {
    const schoolYear = await loader(ctx, schoolYearByName).load(year ?? '');
    return loader(ctx, orientationByStudentYear).load(orientationKey(s.id, schoolYear.id));
  }
}

@Authorized()
@Resolver(() => SchoolClass)
export class ClassOrientationResolver {
  @FieldResolver(() => [OrientationWishes], { description: 'The class council\'s worksheet: the orientation of each pupil on the roster, by name (school staff; a family sees its own).' })
  orientationWishes(@Root() c: SchoolClass, @Ctx() ctx: Context): Promise<OrientationWishes[]> {
    return orientationOfClass(ctx, c);
  }
}

@Authorized()
@Resolver(() => School)
export class SchoolOrientationResolver {
  @FieldResolver(() => DateResolver, { nullable: true, description: 'The last day of orientation wishes for a year; null when not set.' })
  async orientationDeadline(@Root() school: School, @Arg('year', () => String, YEAR_ARG) year: string | undefined, @Ctx() ctx: Context): Promise<string | null> {
    const schoolYear = await loader(ctx, schoolYearByName).load(year ?? '');
    return loader(ctx, deadlineBySchoolYear).load(`${school.id}:${schoolYear.id}`);
  }
}

@Authorized()
@Resolver(() => OrientationWishes)
export class OrientationWishesResolver {
  @FieldResolver(() => Student)
  async student(@Root() o: OrientationWishes, @Ctx() ctx: Context) {
    return loader(ctx, studentById).load(Number(o.studentId));
  }

  @FieldResolver(() => OrientationDecision, {
    nullable: true,
    description: 'The class council\'s decision of that year once confirmed (families: once the S2 results are published).',
  })
  async decision(@Root() o: OrientationWishes, @Ctx() ctx: Context): Promise<OrientationDecision | null> {
    return loader(ctx, decisionByStudentYear).load(orientationKey(o.studentId, o.schoolYearId));
  }
}

@Authorized()
@Resolver(() => OrientationWish)
export class OrientationWishStreamResolver {
  @FieldResolver(() => Stream)
  async stream(@Root() w: OrientationWish, @Ctx() ctx: Context) {
    return loader(ctx, streamById).load(w.streamId);
  }
}

@Authorized()
@Resolver(() => OrientationDecision)
export class OrientationDecisionStreamResolver {
  @FieldResolver(() => Stream, { nullable: true, description: 'The stream decided for next year (its level is the level the pupil goes to).' })
  async stream(@Root() d: OrientationDecision, @Ctx() ctx: Context) {
    return d.streamId ? loader(ctx, streamById).load(d.streamId) : null;
  }
}

@Authorized()
@Resolver(() => OrientationDeadline)
export class OrientationDeadlineResolver {
  @FieldResolver(() => School)
  async school(@Root() d: OrientationDeadline, @Ctx() ctx: Context) {
    return loader(ctx, schoolById).load(d.schoolId);
  }
}
