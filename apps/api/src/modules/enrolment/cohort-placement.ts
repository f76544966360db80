import { type EntityManager } from 'typeorm';
import { onRoster } from './roster.js';

/**
 * What became of one pupil in a rollover or a collective move. `PLACED`: enrolled in `class_id`;
 * the counted outcomes (ALREADY_ENROLLED, LEAVING, NOT_PROMOTED) are not problems; the others
 * are the report's "not placed" reasons (PlacementIssue).
 */
export type Outcome =
  | 'PLACED' | 'ALREADY_ENROLLED' | 'LEAVING' | 'NOT_PROMOTED'
  | 'NO_DECISION' | 'LEAVES_CYCLE' | 'STREAM_NOT_DECIDED' | 'NO_CLASS' | 'CLASS_FULL';

/** A pupil concerned, and where the decision sends them; `issue` null: to be placed. */
export interface Candidate {
  student_id: string;
  origin_school_id: number;
  decision: string | null;
  target_level: number | null;
  /** 0: no stream. */
  target_stream: number;
  issue: Outcome | null;
}

/** A class of the target school and year, with the pupils it holds. */
export interface ClassSeats {
  id: number;
  name: string;
  level_id: number;
  /** 0: no stream. */
  stream: number;
  capacity: number;
  taken: number;
}

export interface OutcomeRow extends Omit<Candidate, 'issue'> {
  outcome: Outcome;
  class_id: number | null;
  /** The class placed in: its name, how many it held before, its capacity. */
  class_name: string | null;
  class_taken: number | null;
  class_capacity: number | null;
}

const groupKey = (level: number | null, stream: number) => `${level}:${stream}`;

/**
 * Where each pupil goes (pure). Pupils come in the order they are served (by name); each takes
 * a seat in the emptiest class of their level and stream that has one (ties: the classes' order,
 * by name), so classes end up even, within capacity. Whoever is left has no seat (CLASS_FULL),
 * or no class at all: NO_CLASS, or STREAM_NOT_DECIDED when the level has only streamed classes.
 */
export function assignSeats(candidates: Candidate[], classes: ClassSeats[]): OutcomeRow[] {
  const groups = new Map<string, { c: ClassSeats; size: number }[]>();
  const levelsTaught = new Set(classes.map((c) => c.level_id));
  for (const c of classes) {
    const key = groupKey(c.level_id, c.stream);
    groups.set(key, [...(groups.get(key) ?? []), { c, size: c.taken }]);
  }
  return candidates.map(({ issue, ...k }): OutcomeRow => {
    const none = { class_id: null, class_name: null, class_taken: null, class_capacity: null };
    if (issue) return { ...k, ...none, outcome: issue };
    const group = groups.get(groupKey(k.target_level, k.target_stream));
    if (!group) return { ...k, ...none, outcome: k.target_stream === 0 && levelsTaught.has(k.target_level!) ? 'STREAM_NOT_DECIDED' : 'NO_CLASS' };
    let best: { c: ClassSeats; size: number } | undefined;
    for (const seat of group) if (seat.size < seat.c.capacity && (!best || seat.size < best.size)) best = seat;
    if (!best) return { ...k, ...none, outcome: 'CLASS_FULL' };
    best.size++;
    return { ...k, outcome: 'PLACED', class_id: best.c.id, class_name: best.c.name, class_taken: best.c.taken, class_capacity: best.c.capacity };
  });
}

/**
 * The candidates of a WITH list ending in a `candidates` query (columns of Candidate), served
 * by name. One statement, whatever the number of pupils.
 */
export async function readCandidates(tx: EntityManager, candidates: string, parameters: unknown[]): Promise<Candidate[]> {
  return tx.query(
    `WITH ${candidates}
     SELECT k.student_id::text AS student_id, k.origin_school_id, k.decision, k.target_level, k.target_stream, k.issue
     FROM candidates k JOIN student s ON s.id = k.student_id
     ORDER BY s.last_name, s.first_name, s.id`,
    parameters,
  );
}

/**
 * The target school's classes of the year, locked, with the pupils they hold. The row locks
 * conflict with the one enrolStudent takes on a class (FOR UPDATE), so a secretary's enrolment
 * and this operation cannot both take the last seat; NO KEY UPDATE, so rows that merely
 * reference a class (their foreign key takes KEY SHARE) do not hold this up. Locks in id order:
 * two operations never deadlock. The count comes after the locks (a statement of its own, so
 * that it sees what the transactions it waited for wrote).
 */
export async function lockClasses(tx: EntityManager, schoolId: number, yearId: number): Promise<ClassSeats[]> {
  await tx.query('SELECT c.id FROM school_class c WHERE c.school_id = $1 AND c.school_year_id = $2 ORDER BY c.id FOR NO KEY UPDATE OF c', [schoolId, yearId]);
  return tx.query(
    `SELECT c.id, c.name, c.level_id, coalesce(c.stream_id, 0)::int AS stream, c.capacity,
            (SELECT count(*) FROM enrolment e WHERE e.class_id = c.id AND e.school_year_id = $2 AND ${onRoster('e')})::int AS taken
     FROM school_class c WHERE c.school_id = $1 AND c.school_year_id = $2 ORDER BY c.name, c.id`,
    [schoolId, yearId],
  );
}

/**
 * The placed pupils' enrolments, in one statement (unnest), in pupil id order: a fixed order of
 * writes (the kill -9 test relies on which pupil comes last). Checks that each was written.
 */
export async function writeEnrolments(tx: EntityManager, schoolId: number, yearId: number, rows: OutcomeRow[]): Promise<void> {
  const placed = rows.filter((r) => r.class_id !== null);
  if (!placed.length) return;
  const [{ written }]: { written: number }[] = await tx.query(
    `WITH w AS (
       INSERT INTO enrolment (student_id, school_id, class_id, school_year_id)
       SELECT u.student_id, $1, u.class_id, $2 FROM unnest($3::bigint[], $4::int[]) AS u(student_id, class_id) ORDER BY u.student_id
       RETURNING 1
     ) SELECT count(*)::int AS written FROM w`,
    [schoolId, yearId, placed.map((r) => r.student_id), placed.map((r) => r.class_id)],
  );
  if (written !== placed.length) throw new Error(`wrote ${written} enrolments for ${placed.length} pupils`);
}

/** Reads the candidates and the classes, places the pupils and writes their enrolments: four statements. */
export async function place(tx: EntityManager, target: { schoolId: number; yearId: number }, candidates: string, parameters: unknown[]): Promise<OutcomeRow[]> {
  const classes = await lockClasses(tx, target.schoolId, target.yearId);
  const rows = assignSeats(await readCandidates(tx, candidates, parameters), classes);
  await writeEnrolments(tx, target.schoolId, target.yearId, rows);
  return rows.sort((a, b) => Number(a.student_id) - Number(b.student_id));
}
