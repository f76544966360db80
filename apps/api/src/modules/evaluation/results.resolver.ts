import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { Permission } from '../../core/auth/grants.js';
import { type Context, loader, requireViewer } from '../../core/context.js';
import { idOf } from '../../core/graphql/node.js';
import { studentById } from '../people/people.loaders.js';
import { Student } from '../people/student.entity.js';
import { SchoolClass } from '../schooling/school-class.entity.js';
import { classById } from '../schooling/schooling.loaders.js';
import { ReopenTermInput, TermInput } from './dto/term.input.js';
import { Term, TermStatus } from './evaluation.enums.js';
import { ClassResults, StudentResults } from './results.types.js';
import { readClassResults, readStudentResults } from './results-read.service.js';
import { lockTerm, publishTerm, reopenTerm } from './term.service.js';

@Authorized()
@Resolver()
export class TermResolver {
  @Authorized(Permission.TERM_MANAGE)
  @Mutation(() => TermStatus, { description: 'Freezes a class\'s grades for the term (OPEN → LOCKED).' })
  lockTerm(@Arg('input') input: TermInput, @Ctx() ctx: Context): Promise<TermStatus> {
    return lockTerm(ctx.db, requireViewer(ctx), idOf(input.classId, 'SchoolClass', 'classId'), input.term);
  }

  @Authorized(Permission.TERM_MANAGE)
  @Mutation(() => TermStatus, { description: 'Reopens a locked or published term for corrections; the reason is kept.' })
  reopenTerm(@Arg('input') input: ReopenTermInput, @Ctx() ctx: Context): Promise<TermStatus> {
    return reopenTerm(ctx.db, requireViewer(ctx), idOf(input.classId, 'SchoolClass', 'classId'), input.term, input.reason);
  }

  @Authorized(Permission.TERM_MANAGE)
  @Mutation(() => TermStatus, { description: 'Shows the term\'s results to families (LOCKED → PUBLISHED).' })
  publishTerm(@Arg('input') input: TermInput, @Ctx() ctx: Context): Promise<TermStatus> {
    return publishTerm(ctx.db, requireViewer(ctx), idOf(input.classId, 'SchoolClass', 'classId'), input.term);
  }
}

@Authorized()
@Resolver(() => ClassResults)
export class ClassResultsResolver {
  @FieldResolver(() => SchoolClass, { nullable: true })
  schoolClass(@Root() r: ClassResults, @Ctx() ctx: Context) {
    return loader(ctx, classById).load(r.classId);
  }
}

@Authorized()
@Resolver(() => SchoolClass)
export class ClassResultsFieldResolver {
  @FieldResolver(() => ClassResults, { description: 'Results of the term, or of the year with no term.' })
  results(@Root() c: SchoolClass, @Arg('term', () => Term, { nullable: true }) term: Term | undefined, @Ctx() ctx: Context): Promise<ClassResults> {
    return readClassResults(ctx, c, term);
  }
}

@Authorized()
@Resolver(() => Student)
export class StudentResultsFieldResolver {
  @FieldResolver(() => StudentResults, { nullable: true, description: 'Term or year results (default: the current year). PARENT/PUPIL: null until published.' })
  results(
    @Root() s: Student,
    @Arg('year', () => String, { nullable: true }) year: string | undefined,
    @Arg('term', () => Term, { nullable: true }) term: Term | undefined,
    @Ctx() ctx: Context,
  ): Promise<StudentResults | null> {
    return readStudentResults(ctx, String(s.id), year, term);
  }
}

@Authorized()
@Resolver(() => StudentResults)
export class StudentResultsResolver {
  @FieldResolver(() => Student)
  student(@Root() r: StudentResults, @Ctx() ctx: Context) {
    return loader(ctx, studentById).load(Number(r.studentId));
  }
}
