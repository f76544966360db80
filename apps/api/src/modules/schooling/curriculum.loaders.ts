import DataLoader from 'dataloader';
import { anyAccountRule } from '../../core/auth/rules.js';
import { type Context, loader } from '../../core/context.js';
import { byParentLoader } from '../../core/database/loaders.js';
import { type CurriculumSubject, type ExamKind } from './curriculum-subject.type.js';
import { subjectById } from './schooling.loaders.js';
import { Stream } from './stream.entity.js';
import { Subject } from './subject.entity.js';

export const streamsByLevel = (ctx: Context) =>
  byParentLoader(ctx, Stream, { column: 'levelId', of: (s) => s.levelId }, { rule: anyAccountRule, column: 'id' }, (qb) => qb.orderBy('t.code'));

interface CoefficientRow {
  level_id: number;
  subject_id: number;
  stream_code: string | null;
  exam: ExamKind;
  coefficient: string | null;
}

/**
 * A level's subjects with the coefficients in force in the current school year (as
 * currentSchoolYear picks it), all levels of a request in one statement.
 */
export const curriculumByLevel = (ctx: Context) =>
  new DataLoader<number, CurriculumSubject[]>(async (levelIds) => {
    const rows: CoefficientRow[] = await ctx.db.query(
      `SELECT sc.level_id, sc.subject_id, st.code AS stream_code, sc.exam, sc.coefficient
       FROM subject_coefficient_version sc LEFT JOIN stream st ON st.id = sc.stream_id
       CROSS JOIN (SELECT coalesce((SELECT name FROM school_year ORDER BY (starts_on <= current_date) DESC, starts_on DESC LIMIT 1), '0000-0000') AS name) y
       WHERE sc.level_id = ANY($1::int[]) AND y.name >= sc.valid_from AND y.name < sc.valid_until
       ORDER BY sc.level_id, st.code NULLS FIRST, sc.exam, sc.coefficient DESC NULLS LAST, sc.subject_id`,
      [[...levelIds]],
    );
    const subjects = await loader(ctx, subjectById).loadMany(rows.map((r) => r.subject_id));
    return levelIds.map((levelId) =>
      rows.flatMap((r, i) => {
        const subject = subjects[i];
        if (r.level_id !== levelId || !(subject instanceof Subject)) return [];
        return [{ subject, streamCode: r.stream_code, exam: r.exam, coefficient: r.coefficient === null ? null : Number(r.coefficient) }];
      }),
    );
  });
