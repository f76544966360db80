import DataLoader from 'dataloader';
import { reach } from '../../core/auth/rules.js';
import { type Context, requireViewer } from '../../core/context.js';
import { byIdLoader, byParentLoader, ScopedQuery } from '../../core/database/loaders.js';
import { classRule } from '../schooling/schooling.access.js';
import { Assessment } from './assessment.entity.js';
import { coefficientRows } from './class-subjects.js';
import { type Absence, Term, TermStatus } from './evaluation.enums.js';
import { Grade } from './grade.entity.js';
import { gradeAuditRule, markRule, termHistoryRule } from './evaluation.access.js';
import { type ClassSubject, type GradeChange, type TermState } from './results.types.js';

const num = (v: string | null) => (v === null ? null : Number(v));

/** Assessments are visible exactly when their class is. */
const assessmentScope = { rule: classRule, column: 'classId' };

export const assessmentById = (ctx: Context) => byIdLoader(ctx, Assessment, assessmentScope);

/** A class's assessments, by date. */
export const assessmentsByClass = (ctx: Context) =>
  byParentLoader(ctx, Assessment, { column: 'classId', of: (a) => a.classId }, assessmentScope, (qb) =>
    qb.orderBy('t.heldOn').addOrderBy('t.subjectId').addOrderBy('t.kind').addOrderBy('t.number'),
  );

const GRADE_ROW = { studentId: 'g.student_id', classId: 'a.class_id', schoolId: 'a.school_id', schoolYearId: 'a.school_year_id', term: 'a.term', subjectId: 'a.subject_id' };

/** Grades of each assessment, by pupil name: within the pupil scope, and for families only once published. */
export const gradesByAssessment = (ctx: Context) =>
  new DataLoader<string, Grade[]>(async (ids) => {
    const rows = await ScopedQuery.over(ctx, Grade, 'g', (qb) => qb.innerJoin(Assessment, 'a', 'a.id = g.assessment_id'), markRule, GRADE_ROW)
      .qb.innerJoin('student', 's', 's.id = g.student_id')
      .andWhere('g.assessment_id = ANY(:ids)', { ids: [...ids] })
      .orderBy('s.last_name')
      .addOrderBy('s.first_name')
      .addOrderBy('s.id')
      .getMany();
    return ids.map((id) => rows.filter((g) => g.assessmentId === String(id)));
  });

/** Subjects of each class with their CC coefficient (class-subjects.ts; 1, the policies' default, where none is on record). */
export const subjectsByClass = (ctx: Context) =>
  new DataLoader<number, ClassSubject[]>(async (classIds) => {
    const rows = (await coefficientRows(ctx.db, [...classIds])).filter((r) => r.exam === 'CC');
    return classIds.map((id) =>
      rows.filter((r) => r.class_id === id).map((r) => ({ subjectId: r.subject_id, coefficient: num(r.coefficient) ?? 1 })),
    );
  });

/** Status of both terms of each class (no row yet: OPEN). */
export const termStatusByClass = (ctx: Context) =>
  new DataLoader<number, Record<Term, TermStatus>>(async (classIds) => {
    const rows: { class_id: number; term: Term; status: TermStatus }[] = await ctx.db.query(
      'SELECT class_id, term, status FROM term_status ts WHERE class_id = ANY($1::int[]) AND school_year_id = (SELECT school_year_id FROM school_class WHERE id = ts.class_id)',
      [[...classIds]],
    );
    return classIds.map((id) => {
      const status = { [Term.S1]: TermStatus.OPEN, [Term.S2]: TermStatus.OPEN };
      for (const r of rows) if (r.class_id === id) status[r.term] = r.status;
      return status;
    });
  });

/** The audit trail of each assessment, oldest first: the school's director and the ministry only. */
export const auditByAssessment = (ctx: Context) =>
  new DataLoader<string, GradeChange[]>(async (ids) => {
    const rows = await ctx.db.query(
      `SELECT ga.assessment_id, ga.student_id, ga.changed_at, ac.display_name, ga.old_value, ga.old_absence, ga.new_value, ga.new_absence, ga.reason
       FROM grade_audit ga LEFT JOIN account ac ON ac.id = ga.changed_by
       WHERE ga.assessment_id = ANY($1::bigint[]) AND ${reach(gradeAuditRule, requireViewer(ctx), 'ga.school_id')}
       ORDER BY ga.changed_at, ga.id`,
      [[...ids]],
    );
    return ids.map((id) =>
      rows
        .filter((r: { assessment_id: string }) => r.assessment_id === String(id))
        .map((r: Record<string, string | null> & { changed_at: Date }) => ({
          studentId: String(r.student_id), changedAt: r.changed_at, changedBy: r.display_name, reason: r.reason,
          oldValue: num(r.old_value), oldAbsence: r.old_absence as Absence | null, newValue: num(r.new_value), newAbsence: r.new_absence as Absence | null,
        })),
    );
  });

const OPEN_STATE: TermState = {
  status: TermStatus.OPEN, lockedAt: null, lockedBy: null, publishedAt: null, publishedBy: null, reopenedAt: null, reopenedBy: null, reopenReason: null,
};

/** Status of both terms of each class with who moved it and when; families get the status only. */
export const termStateByClass = (ctx: Context) =>
  new DataLoader<number, Record<Term, TermState>>(async (classIds) => {
    const rows: (TermState & { class_id: number; term: Term; detailed: boolean })[] = await ctx.db.query(
      `SELECT ts.class_id, ts.term, ts.status, ${reach(termHistoryRule, requireViewer(ctx), 'ts.school_id')} AS detailed,
              ts.locked_at AS "lockedAt", la.display_name AS "lockedBy", ts.published_at AS "publishedAt", pa.display_name AS "publishedBy",
              ts.reopened_at AS "reopenedAt", ra.display_name AS "reopenedBy", ts.reopen_reason AS "reopenReason"
       FROM term_status ts JOIN school_class c ON c.id = ts.class_id AND c.school_year_id = ts.school_year_id
       LEFT JOIN account la ON la.id = ts.locked_by LEFT JOIN account pa ON pa.id = ts.published_by LEFT JOIN account ra ON ra.id = ts.reopened_by
       WHERE ts.class_id = ANY($1::int[])`,
      [[...classIds]],
    );
    return classIds.map((id) => {
      const state = { [Term.S1]: OPEN_STATE, [Term.S2]: OPEN_STATE };
      for (const { class_id, term, detailed, ...r } of rows) if (class_id === id) state[term] = detailed ? r : { ...OPEN_STATE, status: r.status };
      return state;
    });
  });
