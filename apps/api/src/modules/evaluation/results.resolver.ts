import DataLoader from 'dataloader';
import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { Role } from '../../core/auth/viewer.js';
import { type Context, loader, requireViewer } from '../../core/context.js';
import { idOf } from '../../core/graphql/node.js';
import { studentById } from '../people/people.loaders.js';
import { Student } from '../people/student.entity.js';
import { SchoolClass } from '../schooling/school-class.entity.js';
import { resolveSchoolYear } from '../schooling/school-year.service.js';
import { classById, subjectById } from '../schooling/schooling.loaders.js';
import { Subject } from '../schooling/subject.entity.js';
import { ReopenTermInput, TermInput } from './dto/term.input.js';
import { Term, TermStatus } from './evaluation.enums.js';
import { ClassResults, StudentResults, SubjectResult } from './results.types.js';
import { classResults, resultsKey, toStudentResults } from './results.service.js';
import { lockTerm, publishTerm, reopenTerm } from './term.service.js';

/** The class of each "studentId:yearId" (null when not enrolled that year). One statement. */
const classOfStudentYear = (ctx: Context) =>
  new DataLoader<string, number | null>(async (keys) => {
    const pairs = keys.map((k) => k.split(':'));
    const rows: { key: string; class_id: number }[] = await ctx.db.query(
      `SELECT e.student_id || ':' || e.school_year_id AS key, e.class_id FROM enrolment e
       WHERE (e.student_id, e.school_year_id) IN (SELECT * FROM unnest($1::bigint[], $2::smallint[]))`,
      [pairs.map((p) => p[0]), pairs.map((p) => p[1])],
    );
    return keys.map((k) => rows.find((r) => r.key === k)?.class_id ?? null);
  });

@Authorized()
@Resolver()
export class TermResolver {
  @Authorized(Role.DIRECTOR)
  @Mutation(() => TermStatus, { description: 'Freezes a class\'s grades for the term (OPEN → LOCKED).' })
  lockTerm(@Arg('input') input: TermInput, @Ctx() ctx: Context): Promise<TermStatus> {
    return lockTerm(ctx.db, requireViewer(ctx), idOf(input.classId, 'SchoolClass', 'classId'), input.term);
  }

  @Authorized(Role.DIRECTOR)
  @Mutation(() => TermStatus, { description: 'Reopens a locked or published term for corrections; the reason is kept.' })
  reopenTerm(@Arg('input') input: ReopenTermInput, @Ctx() ctx: Context): Promise<TermStatus> {
    return reopenTerm(ctx.db, requireViewer(ctx), idOf(input.classId, 'SchoolClass', 'classId'), input.term, input.reason);
  }

  @Authorized(Role.DIRECTOR)
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
  async results(@Root() c: SchoolClass, @Arg('term', () => Term, { nullable: true }) term: Term | undefined, @Ctx() ctx: Context): Promise<ClassResults> {
    const data = await loader(ctx, classResults).load(resultsKey(c.id, term));
    const students = data.rows.map((r) => toStudentResults(data, r.studentId)).filter((s): s is StudentResults => s !== null);
    return { classId: c.id, term: term ?? null, classAverage: students.length ? data.rows[0].classAverage : null, students };
  }
}

@Authorized()
@Resolver(() => Student)
export class StudentResultsFieldResolver {
  @FieldResolver(() => StudentResults, { nullable: true, description: 'Term or year results (default: the current year). PARENT/PUPIL: null until published.' })
  async results(
    @Root() s: Student,
    @Arg('year', () => String, { nullable: true }) year: string | undefined,
    @Arg('term', () => Term, { nullable: true }) term: Term | undefined,
    @Ctx() ctx: Context,
  ): Promise<StudentResults | null> {
    const schoolYear = await resolveSchoolYear(ctx.db, year);
    const classId = await loader(ctx, classOfStudentYear).load(`${s.id}:${schoolYear.id}`);
    if (!classId) return null;
    return toStudentResults(await loader(ctx, classResults).load(resultsKey(classId, term)), String(s.id));
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

@Authorized()
@Resolver(() => SubjectResult)
export class SubjectResultResolver {
  @FieldResolver(() => Subject)
  subject(@Root() r: SubjectResult, @Ctx() ctx: Context) {
    return loader(ctx, subjectById).load(r.subjectId);
  }
}
