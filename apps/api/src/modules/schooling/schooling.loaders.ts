import DataLoader from 'dataloader';
import { anyAccountRule } from '../../core/auth/rules.js';
import { type Context } from '../../core/context.js';
import { byIdLoader, byParentLoader, referenceByIdLoader, ScopedQuery } from '../../core/database/loaders.js';
import { Level } from './level.entity.js';
import { SchoolClass } from './school-class.entity.js';
import { SchoolYear } from './school-year.entity.js';
import { resolveSchoolYear } from './school-year.service.js';
import { Stream } from './stream.entity.js';
import { Subject } from './subject.entity.js';
import { TeachingAssignment } from './teaching-assignment.entity.js';
import { classRule } from './schooling.access.js';

const reference = { rule: anyAccountRule, column: 'id' };
const classScope = { rule: classRule, column: 'classId' };

export const levelById = (ctx: Context) => referenceByIdLoader(ctx, Level, reference);
export const streamById = (ctx: Context) => referenceByIdLoader(ctx, Stream, reference);
export const subjectById = (ctx: Context) => referenceByIdLoader(ctx, Subject, reference);
export const schoolYearById = (ctx: Context) => byIdLoader(ctx, SchoolYear, reference);
export const classById = (ctx: Context) => byIdLoader(ctx, SchoolClass, { rule: classRule, column: 'id' });

/** Classes in scope per "schoolId:yearId" key, by level then name. One statement per batch. */
export const classesBySchoolYear = (ctx: Context) =>
  new DataLoader<string, SchoolClass[]>(async (keys) => {
    const pairs = keys.map((k) => k.split(':').map(Number));
    const rows = await ScopedQuery.of(ctx, SchoolClass, 'c', { rule: classRule, column: 'id' })
      .qb.andWhere('(c.school_id, c.school_year_id) IN (SELECT * FROM unnest(CAST(:schools AS int[]), CAST(:years AS int[])))', {
        schools: pairs.map((p) => p[0]),
        years: pairs.map((p) => p[1]),
      })
      .orderBy('c.levelId')
      .addOrderBy('c.name')
      .getMany();
    return pairs.map(([school, year]) => rows.filter((c) => c.schoolId === school && c.schoolYearId === year));
  });

/** Assignments of a class, visible with the class. */
export const assignmentsByClass = (ctx: Context) =>
  byParentLoader(ctx, TeachingAssignment, { column: 'classId', of: (a) => a.classId }, classScope, (qb) => qb.orderBy('t.subjectId'));

/** A teacher's own assignments, for the current school year first. */
export const assignmentsByTeacher = (ctx: Context) =>
  byParentLoader(ctx, TeachingAssignment, { column: 'teacherId', of: (a) => a.teacherId }, classScope, (qb) =>
    qb.innerJoin(SchoolClass, 'c', 'c.id = t.classId').orderBy('c.schoolYearId', 'DESC').addOrderBy('c.name').addOrderBy('t.subjectId'),
  );

/** School years by name ('' = the current one), looked up once per request however many rows ask. */
export const schoolYearByName = (ctx: Context) =>
  new DataLoader<string, SchoolYear>((names) => Promise.all(names.map((n) => resolveSchoolYear(ctx.db, n || undefined).catch((e: Error) => e))));
