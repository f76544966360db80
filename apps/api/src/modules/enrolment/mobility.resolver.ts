import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { Permission } from '../../core/auth/grants.js';
import { mayReachAny } from '../../core/auth/rules.js';
import { type Context, loader, requireViewer } from '../../core/context.js';
import { studentRule } from '../people/people.access.js';
import { studentById } from '../people/people.loaders.js';
import { Student } from '../people/student.entity.js';
import { SchoolClass } from '../schooling/school-class.entity.js';
import { classById } from '../schooling/schooling.loaders.js';
import { moveCohort } from './cohort-move.service.js';
import { ClassPlacement, CohortMoveReport, RolloverReport, UnplacedStudent } from './dto/mobility-report.type.js';
import { MoveCohortInput, RolloverInput } from './dto/mobility.input.js';
import { rollOverSchoolYear } from './rollover.service.js';

@Authorized()
@Resolver()
export class MobilityResolver {
  @Authorized(Permission.REGISTRY_WRITE)
  @Mutation(() => RolloverReport, {
    description: 'Opens next year for a school: its classes from this year\'s, then its pupils re-registered from the year-end decisions, all or nothing (dryRun: the same report, nothing written).',
  })
  rollOverSchoolYear(@Arg('input') input: RolloverInput, @Ctx() ctx: Context): Promise<RolloverReport> {
    return rollOverSchoolYear(ctx.db, requireViewer(ctx), input);
  }

  // Any account reaches the service, which refuses all but a provincial directorate in words.
  @Authorized()
  @Mutation(() => CohortMoveReport, {
    description: 'The provincial directorate\'s carte scolaire: enrols the pupils PROMOTED from 6AP (or 3AC) in schools of its province in the receiving school\'s classes of the next level for the following year, all or nothing (dryRun: the same report, nothing written). Anyone else: FORBIDDEN.',
  })
  moveCohort(@Arg('input') input: MoveCohortInput, @Ctx() ctx: Context): Promise<CohortMoveReport> {
    return moveCohort(ctx.db, requireViewer(ctx), input);
  }
}

@Authorized()
@Resolver(() => UnplacedStudent)
export class UnplacedStudentResolver {
  @FieldResolver(() => Student, {
    nullable: true,
    description: 'The pupil, under the pupil rule: null outside your scope (a dry run\'s pupils of another school), and always for a territorial account (moveCohort), which reads the counts and reasons only.',
  })
  student(@Root() u: UnplacedStudent, @Ctx() ctx: Context) {
    return mayReachAny(studentRule, requireViewer(ctx)) ? loader(ctx, studentById).load(Number(u.studentId)) : null;
  }
}

@Authorized()
@Resolver(() => ClassPlacement)
export class ClassPlacementResolver {
  @FieldResolver(() => SchoolClass, { nullable: true, description: 'Null for a class a dry run would create.' })
  schoolClass(@Root() c: ClassPlacement, @Ctx() ctx: Context) {
    return c.classId === null ? null : loader(ctx, classById).load(c.classId);
  }

  @FieldResolver(() => [Student], {
    description: 'The pupils placed, under the pupil rule: those within your scope (a dry run\'s pupils of another school are not), none for a territorial account (moveCohort: count says how many).',
  })
  async students(@Root() c: ClassPlacement, @Ctx() ctx: Context): Promise<Student[]> {
    if (!mayReachAny(studentRule, requireViewer(ctx))) return []; // a directorate: no pupil's identity, and no lookup of thousands of ids
    const found = await loader(ctx, studentById).loadMany(c.studentIds.map(Number));
    return found.filter((s): s is Student => s instanceof Student);
  }
}
