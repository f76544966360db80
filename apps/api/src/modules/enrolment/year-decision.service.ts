import { type EntityManager } from 'typeorm';
import { DomainError, ErrorCode } from '../../core/errors.js';
import { Decision } from './decision.js';
import { EnrolmentErrorReason } from './enrolment.errors.js';

/** One pupil's decision as the class council confirms it (evaluation's confirmDecisions checks the pupil is on the roster). */
export interface YearDecisionRow {
  studentId: string;
  /** For the error naming the row. */
  codeMassar: string;
  decision: Decision;
  /** What the grading policy proposed (null: results incomplete). */
  proposed: Decision | null;
  note: string | null;
  /** The stream decided for next year, by code (looked up within the levels the pupil may go to). */
  streamCode: string | null;
}

/** The class the council sits for: its level, the level after it, its own stream, and the streams of both levels. */
export interface ClassPlace {
  levelId: number;
  nextLevelId: number | null;
  streamId: number | null;
  streams: { id: number; code: string; levelId: number }[];
}

type StreamChoice = { streamId: number | null } | { reason: EnrolmentErrorReason; message: string };

/**
 * The stream a decision names, by the rules the rollover follows (the stream's level is the
 * level the pupil goes to): REORIENTED needs one, of the next level or another stream of the
 * pupil's own level (a change of stream, e.g. TC scientific → TC letters, repeating the level);
 * PROMOTED may name one of the next level; REPEAT (same stream), GRADUATED, DROPPED_OUT and
 * EXCLUDED name none.
 */
export function decidedStream(decision: Decision, code: string | null, place: ClassPlace | null): StreamChoice {
  if (decision !== Decision.REORIENTED && decision !== Decision.PROMOTED) {
    return code ? { reason: EnrolmentErrorReason.STREAM_NOT_ALLOWED, message: `A ${decision} decision names no stream` } : { streamId: null };
  }
  if (!code) {
    return decision === Decision.REORIENTED
      ? { reason: EnrolmentErrorReason.STREAM_REQUIRED, message: 'Name the stream the pupil is reoriented to' }
      : { streamId: null };
  }
  const stream = place?.streams.find((s) => s.code === code && (s.levelId === place.nextLevelId
    || (decision === Decision.REORIENTED && s.levelId === place.levelId && s.id !== place.streamId)));
  if (!stream) return { reason: EnrolmentErrorReason.INVALID_STREAM, message: `${code} is not a stream this pupil can go to` };
  return { streamId: stream.id };
}

interface StreamProblem {
  index: number;
  codeMassar: string;
  reason: EnrolmentErrorReason;
  message: string;
}

/** BAD_USER_INPUT naming the first bad row, every bad row listed, in the shape of the council's other row errors. */
function badStreamRows(problems: StreamProblem[]): DomainError {
  const [first] = problems;
  return new DomainError(ErrorCode.BAD_USER_INPUT, `Row ${first.index + 1} (${first.codeMassar}): ${first.message}`, {
    field: 'streamCode',
    path: `decisions.${first.index}.streamCode`,
    reason: first.reason,
    index: first.index,
    codeMassar: first.codeMassar,
    rows: problems.map(({ index, codeMassar, reason }) => ({ index, codeMassar, field: 'streamCode', reason })),
  });
}

async function classPlace(tx: EntityManager, classId: number): Promise<ClassPlace | null> {
  const [row]: { levelId: number; nextLevelId: number | null; streamId: number | null; streams: ClassPlace['streams'] }[] = await tx.query(
    `SELECT c.level_id AS "levelId", l.next_level_id AS "nextLevelId", c.stream_id AS "streamId",
            coalesce(json_agg(json_build_object('id', s.id, 'code', s.code, 'levelId', s.level_id)) FILTER (WHERE s.id IS NOT NULL), '[]') AS streams
     FROM school_class c JOIN level l ON l.id = c.level_id
     LEFT JOIN stream s ON s.level_id IN (c.level_id, l.next_level_id)
     WHERE c.id = $1 GROUP BY c.level_id, l.next_level_id, c.stream_id`,
    [classId],
  );
  return row ?? null;
}

/** The stream id of each row, in order; BAD_USER_INPUT naming the rows whose stream breaks the rules. */
async function streamIds(tx: EntityManager, classId: number, rows: YearDecisionRow[]): Promise<(number | null)[]> {
  const needsPlace = rows.some((r) => r.streamCode || r.decision === Decision.REORIENTED);
  const place = needsPlace ? await classPlace(tx, classId) : null;
  const problems: StreamProblem[] = [];
  const ids = rows.map((row, index) => {
    const choice = decidedStream(row.decision, row.streamCode, place);
    if ('streamId' in choice) return choice.streamId;
    problems.push({ index, codeMassar: row.codeMassar, reason: choice.reason, message: choice.message });
    return null;
  });
  if (problems.length) throw badStreamRows(problems);
  return ids;
}

/**
 * Records the class council's decisions for a class's year, all rows or none (inside the
 * caller's transaction). Confirming again replaces a pupil's decision: one per pupil per year.
 */
export async function recordYearDecisions(tx: EntityManager, classId: number, confirmedBy: number, rows: YearDecisionRow[]): Promise<void> {
  const streams = await streamIds(tx, classId, rows);
  await tx.query(
    `INSERT INTO year_decision (school_id, school_year_id, class_id, student_id, decision, proposed_decision, confirmed_by, note, stream_id)
     SELECT c.school_id, c.school_year_id, c.id, r.student_id, r.decision, r.proposed, $2, nullif(trim(r.note), ''), r.stream_id
     FROM school_class c, unnest($3::bigint[], $4::text[], $5::text[], $6::text[], $7::smallint[]) AS r(student_id, decision, proposed, note, stream_id)
     WHERE c.id = $1
     ON CONFLICT (student_id, school_year_id) DO UPDATE SET class_id = EXCLUDED.class_id, decision = EXCLUDED.decision,
       proposed_decision = EXCLUDED.proposed_decision, confirmed_by = EXCLUDED.confirmed_by, confirmed_at = now(), note = EXCLUDED.note,
       stream_id = EXCLUDED.stream_id`,
    [classId, confirmedBy, rows.map((r) => r.studentId), rows.map((r) => r.decision), rows.map((r) => r.proposed), rows.map((r) => r.note), streams],
  );
}
