import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { Permission } from '../../core/auth/grants.js';
import { type Context, loader, requireViewer } from '../../core/context.js';
import { idOf } from '../../core/graphql/node.js';
import { studentById } from '../people/people.loaders.js';
import { Student } from '../people/student.entity.js';
import { SchoolClass } from '../schooling/school-class.entity.js';
import { classById, subjectById } from '../schooling/schooling.loaders.js';
import { Subject } from '../schooling/subject.entity.js';
import { Assessment } from './assessment.entity.js';
import { createAssessment } from './assessment.service.js';
import { CreateAssessmentInput } from './dto/create-assessment.input.js';
import { RecordGradeBatchInput } from './dto/record-grade-batch.input.js';
import { RecordGradesInput } from './dto/record-grades.input.js';
import { Term, TermStatus } from './evaluation.enums.js';
import { assessmentsByClass, auditByAssessment, gradesByAssessment, subjectsByClass, termStateByClass, termStatusByClass } from './evaluation.loaders.js';
import { Grade } from './grade.entity.js';
import { recordGradeBatch, recordGrades } from './grade.service.js';
import { ClassSubject, GradeChange, TermState } from './results.types.js';

@Authorized()
@Resolver(() => Assessment)
export class AssessmentResolver {
  @Authorized(Permission.TEACH, Permission.TERM_MANAGE)
  @Mutation(() => Assessment, { description: 'A new test or exam of a class × subject you teach, in an open term.' })
  createAssessment(@Arg('input') input: CreateAssessmentInput, @Ctx() ctx: Context): Promise<Assessment> {
    return createAssessment(ctx.db, requireViewer(ctx), idOf(input.classId, 'SchoolClass', 'classId'), input);
  }

  @Authorized(Permission.TEACH, Permission.TERM_MANAGE)
  @Mutation(() => [Grade], { description: 'Records a whole class\'s grades for one assessment: all or nothing; GRADES_LOCKED once the term is locked.' })
  recordGrades(@Arg('input') input: RecordGradesInput, @Ctx() ctx: Context): Promise<Grade[]> {
    return recordGrades(ctx.db, requireViewer(ctx), idOf(input.assessmentId, 'Assessment', 'assessmentId'), input.grades, input.reason);
  }

  @Authorized(Permission.TEACH, Permission.TERM_MANAGE)
  @Mutation(() => [Grade], {
    description: 'Records several assessments\' grades (a grid\'s columns) at once, all or nothing: BAD_USER_INPUT names the assessment '
      + '(assessmentIndex, assessmentId) and the row (index, codeMassar, reason), with every bad row in `rows`; GRADES_LOCKED once a term is locked.',
  })
  recordGradeBatch(@Arg('input') input: RecordGradeBatchInput, @Ctx() ctx: Context): Promise<Grade[]> {
    const ids = input.assessments.map((a) => a.assessmentId);
    const batch = input.assessments.map((a, i) => ({ assessmentId: idOf(a.assessmentId, 'Assessment', `assessments.${i}.assessmentId`), rows: a.grades }));
    return recordGradeBatch(ctx.db, requireViewer(ctx), batch, ids, input.reason);
  }

  @FieldResolver(() => Subject)
  subject(@Root() a: Assessment, @Ctx() ctx: Context) {
    return loader(ctx, subjectById).load(a.subjectId);
  }

  @FieldResolver(() => SchoolClass, { nullable: true })
  schoolClass(@Root() a: Assessment, @Ctx() ctx: Context) {
    return loader(ctx, classById).load(a.classId);
  }

  @FieldResolver(() => [Grade], { description: 'By pupil name. Families see their own children\'s once the term is published.' })
  grades(@Root() a: Assessment, @Ctx() ctx: Context) {
    return loader(ctx, gradesByAssessment).load(a.id);
  }

  @Authorized(Permission.TERM_MANAGE)
  @FieldResolver(() => [GradeChange], { description: 'Every change of a grade, oldest first: the school\'s director only.' })
  auditTrail(@Root() a: Assessment, @Ctx() ctx: Context) {
    return loader(ctx, auditByAssessment).load(a.id);
  }
}

@Authorized()
@Resolver(() => Grade)
export class GradeResolver {
  @FieldResolver(() => Student)
  student(@Root() g: Grade, @Ctx() ctx: Context) {
    return loader(ctx, studentById).load(Number(g.studentId));
  }
}

@Authorized()
@Resolver(() => GradeChange)
export class GradeChangeResolver {
  @FieldResolver(() => Student, { nullable: true })
  student(@Root() c: GradeChange, @Ctx() ctx: Context) {
    return loader(ctx, studentById).load(Number(c.studentId));
  }
}

@Authorized()
@Resolver(() => ClassSubject)
export class ClassSubjectResolver {
  @FieldResolver(() => Subject)
  subject(@Root() s: ClassSubject, @Ctx() ctx: Context) {
    return loader(ctx, subjectById).load(s.subjectId);
  }
}

@Authorized()
@Resolver(() => SchoolClass)
export class ClassAssessmentsResolver {
  @FieldResolver(() => [ClassSubject], { description: 'Subjects of the class\'s level and stream, with their coefficient.' })
  subjects(@Root() c: SchoolClass, @Ctx() ctx: Context) {
    return loader(ctx, subjectsByClass).load(c.id);
  }

  @FieldResolver(() => [Assessment], { description: 'By date; families see them (dates of upcoming tests) before results are published.' })
  async assessments(@Root() c: SchoolClass, @Arg('term', () => Term, { nullable: true }) term: Term | undefined, @Ctx() ctx: Context) {
    const all = await loader(ctx, assessmentsByClass).load(c.id);
    return term ? all.filter((a) => a.term === term) : all;
  }

  @FieldResolver(() => TermStatus)
  async termStatus(@Root() c: SchoolClass, @Arg('term', () => Term) term: Term, @Ctx() ctx: Context) {
    return (await loader(ctx, termStatusByClass).load(c.id))[term];
  }

  @FieldResolver(() => TermState, { description: 'The status with who last locked, published and reopened the term, and why; families see the status only.' })
  async termState(@Root() c: SchoolClass, @Arg('term', () => Term) term: Term, @Ctx() ctx: Context): Promise<TermState> {
    return (await loader(ctx, termStateByClass).load(c.id))[term];
  }
}
