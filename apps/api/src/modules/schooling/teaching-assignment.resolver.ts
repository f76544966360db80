import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import { Permission } from '../../core/auth/grants.js';
import { type Context, requireViewer } from '../../core/context.js';
import { idOf } from '../../core/graphql/node.js';
import { AssignTeacherInput, RemoveTeachingAssignmentInput } from './dto/teaching-assignment.input.js';
import { TeachingAssignment } from './teaching-assignment.entity.js';
import { assignTeacher, removeTeachingAssignment } from './teaching-assignment.service.js';

@Authorized()
@Resolver()
export class TeachingAssignmentMutationResolver {
  @Authorized(Permission.TERM_MANAGE)
  @Mutation(() => TeachingAssignment, {
    description: 'The school\'s director gives a class × subject of the curriculum to a teacher of the school, replacing its current teacher; its grades stay and follow the new teacher.',
  })
  assignTeacher(@Arg('input') input: AssignTeacherInput, @Ctx() ctx: Context): Promise<TeachingAssignment> {
    const classId = idOf(input.classId, 'SchoolClass', 'classId');
    return assignTeacher(ctx.db, requireViewer(ctx), classId, input.subjectCode, idOf(input.teacherId, 'StaffMember', 'teacherId'));
  }

  @Authorized(Permission.TERM_MANAGE)
  @Mutation(() => Boolean, { description: 'The school\'s director withdraws a class × subject\'s teacher: true when it had one. Its grades stay.' })
  removeTeachingAssignment(@Arg('input') input: RemoveTeachingAssignmentInput, @Ctx() ctx: Context): Promise<boolean> {
    return removeTeachingAssignment(ctx.db, requireViewer(ctx), idOf(input.classId, 'SchoolClass', 'classId'), input.subjectCode);
  }
}
