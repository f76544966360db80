import DataLoader from 'dataloader';
import { reach } from '../../core/auth/rules.js';
import { type Context, requireViewer } from '../../core/context.js';
import { type Decision } from './decision.js';
import { yearDecisionRule } from './enrolment.access.js';

/** A class council's decision: the outcome, the stream decided for next year, its note. */
export interface ConfirmedDecision {
  decision: Decision;
  streamId: number | null;
  note: string | null;
  confirmedAt: Date;
}

interface DecisionRecord extends ConfirmedDecision {
  class_id: number;
  student_id: string;
  school_year_id: number;
}

const DECISION_COLUMNS = `d.class_id, d.student_id::text AS student_id, d.school_year_id, d.decision, d.stream_id AS "streamId", d.note, d.confirmed_at AS "confirmedAt"`;
const ruleOf = (ctx: Context) =>
  reach(yearDecisionRule, requireViewer(ctx), { studentId: 'd.student_id', classId: 'd.class_id', schoolId: 'd.school_id', schoolYearId: 'd.school_year_id' });
const confirmed = ({ decision, streamId, note, confirmedAt }: DecisionRecord): ConfirmedDecision => ({ decision, streamId, note, confirmedAt });

/**
 * The confirmed decisions of each class's own year, by student id, within yearDecisionRule
 * (families only once S2 is published). Evaluation reads them for the year results.
 */
export const decisionsByClass = (ctx: Context) =>
  new DataLoader<number, Map<string, ConfirmedDecision>>(async (classIds) => {
    const rows: DecisionRecord[] = await ctx.db.query(
      `SELECT ${DECISION_COLUMNS}
       FROM year_decision d JOIN school_class c ON c.id = d.class_id AND c.school_year_id = d.school_year_id
       WHERE d.class_id = ANY($1::int[]) AND ${ruleOf(ctx)}`,
      [[...classIds]],
    );
    return classIds.map((id) => new Map(rows.filter((r) => r.class_id === id).map((r) => [r.student_id, confirmed(r)])));
  });

/** A pupil's decision of a year, by "studentId:schoolYearId", within yearDecisionRule; null when none (or out of reach). */
export const decisionByStudentYear = (ctx: Context) =>
  new DataLoader<string, ConfirmedDecision | null>(async (keys) => {
    const pairs = keys.map((k) => k.split(':'));
    const rows: DecisionRecord[] = await ctx.db.query(
      `SELECT ${DECISION_COLUMNS} FROM year_decision d
       WHERE (d.student_id, d.school_year_id) IN (SELECT * FROM unnest($1::bigint[], $2::smallint[])) AND ${ruleOf(ctx)}`,
      [pairs.map((p) => p[0]), pairs.map((p) => p[1])],
    );
    const byKey = new Map(rows.map((r) => [`${r.student_id}:${r.school_year_id}`, confirmed(r)]));
    return keys.map((k) => byKey.get(k) ?? null);
  });
