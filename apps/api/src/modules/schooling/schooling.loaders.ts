import DataLoader from 'dataloader';
import { classScope } from '../../core/auth/row-scope.js';
import { type Context } from '../../core/context.js';
import { byIdLoader, byParentLoader } from '../../core/database/loaders.js';
import { Level } from './level.entity.js';
import { SchoolClass } from './school-class.entity.js';
import { SchoolYear } from './school-year.entity.js';
import { Stream } from './stream.entity.js';
import { Subject } from './subject.entity.js';
import { TeachingAssignment } from './teaching-assignment.entity.js';

export const levelById = (ctx: Context) => byIdLoader(ctx, Level);
export const streamById = (ctx: Context) => byIdLoader(ctx, Stream);
export const subjectById = (ctx: Context) => byIdLoader(ctx, Subject);
export const schoolYearById = (ctx: Context) => byIdLoader(ctx, SchoolYear);
export const classById = (ctx: Context) => byIdLoader(ctx, SchoolClass, { fn: classScope, column: 'id' });

/** Classes in scope per "schoolId:yearId" key, by level then name. One statement per batch. */
export const classesBySchoolYear = (ctx: Context) =>
  new DataLoader<string, SchoolClass[]>(async (keys) => {
    const pairs = keys.map((k) => k.split(':').map(Number));
    const rows = await ctx.db
      .getRepository(SchoolClass)
      .createQueryBuilder('c')
      .where('(c.school_id, c.school_year_id) IN (SELECT * FROM unnest(CAST(:schools AS int[]), CAST(:years AS int[])))', {
        schools: pairs.map((p) => p[0]),
        years: pairs.map((p) => p[1]),
      })
      .andWhere(classScope(ctx.viewer!, 'c.id'))
      .orderBy('c.levelId')
      .addOrderBy('c.name')
      .getMany();
    return pairs.map(([school, year]) => rows.filter((c) => c.schoolId === school && c.schoolYearId === year));
  });

/** Assignments of a class (only loaded once the class itself passed the scope). */
export const assignmentsByClass = (ctx: Context) =>
  byParentLoader(ctx, TeachingAssignment, 'classId', (a) => a.classId, (qb) => qb.orderBy('t.subjectId'));

/** A teacher's own assignments, for the current school year first. */
export const assignmentsByTeacher = (ctx: Context) =>
  byParentLoader(ctx, TeachingAssignment, 'teacherId', (a) => a.teacherId, (qb) =>
    qb.innerJoin(SchoolClass, 'c', 'c.id = t.classId').orderBy('c.schoolYearId', 'DESC').addOrderBy('c.name').addOrderBy('t.subjectId'),
  );
