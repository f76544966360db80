import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { Permission } from '../../core/auth/grants.js';
import { type Context, loader, requireViewer } from '../../core/context.js';
import { idOf } from '../../core/graphql/node.js';
import { Enrolment } from '../enrolment/enrolment.entity.js';
import { studentById } from '../people/people.loaders.js';
import { Student } from '../people/student.entity.js';
import { SchoolClass } from '../schooling/school-class.entity.js';
import { classById } from '../schooling/schooling.loaders.js';
import { ReopenTermInput, TermInput } from './dto/term.input.js';
import { Term, TermStatus } from './evaluation.enums.js';
import { ClassResults, StudentResults } from './results.types.js';
import { readClassResults, readEnrolmentResults, readStudentResults } from './results-read.service.js';
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
  @FieldResolver(() => StudentResults, {
    nullable: true,
    description: 'Term or year results of a school year (default: the current one), in one of that year\'s enrolments, chosen among those whose '
      + 'marks you may read: the one whose class holds the pupil\'s grades of that term (for the year: of any term), the ACTIVE one first, then '
      + 'the latest; with grades in none, the ACTIVE one. After a transfer during the year, a term spent wholly at the school left reads that '
      + 'class\'s transcript (transcript: true), a term with grades at the new school reads its class\'s results; every class of the year: '
      + 'Student.enrolments { results }. PARENT/PUPIL: only in a class that has published the term (the year: S2), else null.',
  })
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
@Resolver(() => Enrolment)
export class EnrolmentResultsFieldResolver {
  @FieldResolver(() => StudentResults, {
    nullable: true,
    description: 'The pupil\'s term or year results in this enrolment\'s class. ACTIVE: the class\'s results (as SchoolClass.results lists them). '
      + 'TRANSFERRED or LEFT: the transcript of that class (transcript: true), from the pupil\'s own grades there, without rank or class average. '
      + 'Null unless you may read the pupil\'s marks in that class: its school, the school the pupil is in now, its teachers, and the family once '
      + 'the class has published the term (the year: S2).',
  })
  results(@Root() e: Enrolment, @Arg('term', () => Term, { nullable: true }) term: Term | undefined, @Ctx() ctx: Context): Promise<StudentResults | null> {
    return readEnrolmentResults(ctx, e, term);
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
