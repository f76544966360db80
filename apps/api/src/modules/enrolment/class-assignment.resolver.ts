import { Arg, Authorized, Ctx, FieldResolver, Int, Mutation, Resolver, Root } from 'type-graphql';
import { Permission } from '../../core/auth/grants.js';
import { type Context, loader, requireViewer } from '../../core/context.js';
import { idOf } from '../../core/graphql/node.js';
import { SchoolClass } from '../schooling/school-class.entity.js';
import { Enrolment } from './enrolment.entity.js';
import { enrolledCountOfClass } from './class-assignment.loaders.js';
import { moveStudents } from './class-assignment.service.js';
import { MoveStudentsInput } from './dto/move-students.input.js';

@Authorized()
@Resolver()
export class ClassAssignmentResolver {
  @Authorized(Permission.REGISTRY_WRITE)
  @Mutation(() => [Enrolment], {
    description: 'Moves pupils of the school from their classes into this one, same year, all or nothing: bad rows (BAD_USER_INPUT, extensions.rows), CLASS_FULL for the whole batch, HAS_GRADES_IN_CLASS for pupils already graded in their class.',
  })
  moveStudents(@Arg('input') input: MoveStudentsInput, @Ctx() ctx: Context): Promise<Enrolment[]> {
    return moveStudents(ctx.db, requireViewer(ctx), idOf(input.classId, 'SchoolClass', 'classId'), input.codesMassar);
  }
}

@Authorized()
@Resolver(() => SchoolClass)
export class ClassEnrolledCountResolver {
  @FieldResolver(() => Int, { description: 'How many pupils are on the class\'s roster (against capacity).' })
  enrolledCount(@Root() c: SchoolClass, @Ctx() ctx: Context): Promise<number> {
    return loader(ctx, enrolledCountOfClass).load(c);
  }
}
