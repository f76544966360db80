import { Arg, Args, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { Permission } from '../../core/auth/grants.js';
import { type Context, loader, requireViewer } from '../../core/context.js';
import { ConnectionArgs } from '../../core/graphql/connection.js';
import { idOf } from '../../core/graphql/node.js';
import { studentById } from '../people/people.loaders.js';
import { Student } from '../people/student.entity.js';
import { StudentConnection } from '../people/student.resolver.js';
import { SchoolClass } from '../schooling/school-class.entity.js';
import { SchoolYear } from '../schooling/school-year.entity.js';
import { classById, schoolYearById } from '../schooling/schooling.loaders.js';
import { School } from '../territory/school.entity.js';
import { Enrolment } from './enrolment.entity.js';
import { enrolStudent, registerStudent } from './enrolment.service.js';
import { enrolmentsByStudent, historySchoolById, studentsOfClass } from './enrolment.loaders.js';
import { EnrolStudentInput, RegisterStudentInput } from './dto/register-student.input.js';

@Authorized()
@Resolver(() => Enrolment)
export class EnrolmentResolver {
  @Authorized(Permission.REGISTRY_WRITE)
  @Mutation(() => Enrolment, { description: 'Registers a new pupil (a new code Massar) with guardians and enrols them in a class.' })
  registerStudent(@Arg('input') input: RegisterStudentInput, @Ctx() ctx: Context): Promise<Enrolment> {
    return registerStudent(ctx.db, requireViewer(ctx), idOf(input.classId, 'SchoolClass', 'classId'), input);
  }

  @Authorized(Permission.REGISTRY_WRITE)
  @Mutation(() => Enrolment, { description: 'Enrols an existing pupil of this school in a class for that class\'s year.' })
  enrolStudent(@Arg('input') input: EnrolStudentInput, @Ctx() ctx: Context): Promise<Enrolment> {
    return enrolStudent(ctx.db, requireViewer(ctx), input.codeMassar, idOf(input.classId, 'SchoolClass', 'classId'));
  }

  @Authorized(Permission.REGISTRY_WRITE)
  @Mutation(() => Enrolment, { description: 'Re-registers a pupil of this school for a later school year.' })
  reRegisterStudent(@Arg('input') input: EnrolStudentInput, @Ctx() ctx: Context): Promise<Enrolment> {
    return enrolStudent(ctx.db, requireViewer(ctx), input.codeMassar, idOf(input.classId, 'SchoolClass', 'classId'), true);
  }

  @FieldResolver(() => Student)
  async student(@Root() e: Enrolment, @Ctx() ctx: Context) {
    return loader(ctx, studentById).load(Number(e.studentId));
  }

  @FieldResolver(() => SchoolClass, { nullable: true, description: 'Null when the class is outside your scope.' })
  schoolClass(@Root() e: Enrolment, @Ctx() ctx: Context) {
    return loader(ctx, classById).load(e.classId);
  }

  @FieldResolver(() => School, { nullable: true, description: 'The school of the enrolment: a school reads the schools its pupils came from; null when outside your scope.' })
  school(@Root() e: Enrolment, @Ctx() ctx: Context) {
    return loader(ctx, historySchoolById).load(e.schoolId);
  }

  @FieldResolver(() => SchoolYear)
  schoolYear(@Root() e: Enrolment, @Ctx() ctx: Context) {
    return loader(ctx, schoolYearById).load(e.schoolYearId);
  }
}

@Authorized()
@Resolver(() => SchoolClass)
export class ClassStudentsResolver {
  @FieldResolver(() => StudentConnection, { description: 'Pupils enrolled in the class, by name, within your scope.' })
  students(@Root() c: SchoolClass, @Args() page: ConnectionArgs, @Ctx() ctx: Context) {
    return studentsOfClass(ctx, c, page);
  }
}

@Authorized()
@Resolver(() => Student)
export class StudentEnrolmentsResolver {
  @FieldResolver(() => [Enrolment], { description: 'Latest school year first.' })
  enrolments(@Root() s: Student, @Ctx() ctx: Context) {
    return loader(ctx, enrolmentsByStudent).load(s.id);
  }
}
