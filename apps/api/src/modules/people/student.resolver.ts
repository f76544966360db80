import { Arg, Args, Authorized, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { type Context, loader } from '../../core/context.js';
import { ConnectionArgs, ConnectionType } from '../../core/graphql/connection.js';
import { idOf } from '../../core/graphql/node.js';
import { Guardian } from './guardian.entity.js';
import { guardiansByStudent } from './people.loaders.js';
import { Student } from './student.entity.js';
import { findStudentByCode, listStudents } from './student.service.js';
import { StudentFilterInput } from './dto/student-filter.input.js';

export const StudentConnection = ConnectionType(Student);

@Authorized()
@Resolver(() => Student)
export class StudentResolver {
  @Query(() => Student, { nullable: true, description: 'NOT_FOUND if no pupil in your scope has this code.' })
  student(@Arg('codeMassar') codeMassar: string, @Ctx() ctx: Context): Promise<Student> {
    return findStudentByCode(ctx, codeMassar);
  }

  @Query(() => StudentConnection, { description: 'Pupils within your scope, by name.' })
  async students(
    @Arg('filter', () => StudentFilterInput, { nullable: true }) filter: StudentFilterInput | undefined,
    @Args() page: ConnectionArgs,
    @Ctx() ctx: Context,
  ) {
    return listStudents(
      ctx,
      {
        schoolId: filter?.schoolId ? idOf(filter.schoolId, 'School', 'filter.schoolId') : undefined,
        classId: filter?.classId ? idOf(filter.classId, 'SchoolClass', 'filter.classId') : undefined,
        schoolYear: filter?.year,
        search: filter?.search,
      },
      page,
    );
  }

}

/**
 * A pupil's fields read once per pupil of a list: no login check of their own (a pupil is
 * reached only through guarded fields; core/graphql/schema.ts checks it), the rules do the rest.
 */
@Resolver(() => Student)
export class StudentGuardiansResolver {
  @FieldResolver(() => [Guardian], { description: 'Parents and tutors, with their relationship to this pupil.' })
  guardians(@Root() student: Student, @Ctx() ctx: Context): Promise<Guardian[]> {
    return loader(ctx, guardiansByStudent).load(student.id);
  }
}
