import { type OutcomeRow } from './cohort-placement.js';
import { ClassPlacement, LevelPlacement, PlacementIssue, UnplacedStudent } from './dto/mobility-report.type.js';
import { type Reference } from './mobility.shared.js';

const ISSUES = new Set<string>(Object.values(PlacementIssue));

const levelOf = (ref: Reference, id: number | null) => (id === null ? undefined : ref.levels.get(id));
const streamOf = (ref: Reference, id: number) => (id ? (ref.streams.get(id) ?? null) : null);

/** "1BAC SEXP", "2AC": a level and its stream in words. */
function target(ref: Reference, row: OutcomeRow): string {
  const level = levelOf(ref, row.target_level)?.code ?? '?';
  const stream = streamOf(ref, row.target_stream);
  return stream ? `${level} ${stream.code}` : level;
}

function detail(ref: Reference, row: OutcomeRow, issue: PlacementIssue, year: string): string {
  switch (issue) {
    case PlacementIssue.NO_DECISION:
      return 'No year-end decision was confirmed for this pupil';
    case PlacementIssue.LEAVES_CYCLE:
      return row.target_level === null
        ? 'Promoted out of the last level: no next level'
        : `Promoted to ${target(ref, row)}, which this school does not teach: the next school enrols them (collective move)`;
    case PlacementIssue.STREAM_NOT_DECIDED:
      return row.target_level === null
        ? 'Reoriented without a stream decided'
        : `${levelOf(ref, row.target_level)?.code ?? '?'} is taught by stream here and no stream was decided`;
    case PlacementIssue.NO_CLASS:
      return `No class of ${target(ref, row)} in ${year}`;
    case PlacementIssue.CLASS_FULL:
      return `Every class of ${target(ref, row)} in ${year} is full`;
  }
}

/** The pupils not placed, with their reason, in the order of the rows. */
export function unplacedOf(ref: Reference, rows: OutcomeRow[], year: string, originCode?: (schoolId: number) => string): UnplacedStudent[] {
  return rows.flatMap((row) => {
    if (!ISSUES.has(row.outcome)) return [];
    const issue = row.outcome as PlacementIssue;
    return [Object.assign(new UnplacedStudent(), {
      studentId: row.student_id, reason: issue, detail: detail(ref, row, issue, year), originSchoolCode: originCode?.(row.origin_school_id) ?? null,
    })];
  });
}

/** Placed pupils per class, by level, stream and name. `draft`: the classes that exist only in a dry run. */
export function classPlacementsOf(ref: Reference, rows: OutcomeRow[], draft: ReadonlySet<string> = new Set()): ClassPlacement[] {
  const byClass = new Map<number, ClassPlacement>();
  for (const row of rows) {
    if (row.outcome !== 'PLACED' || row.class_id === null) continue;
    let entry = byClass.get(row.class_id);
    if (!entry) {
      entry = Object.assign(new ClassPlacement(), {
        classId: draft.has(row.class_name!) ? null : row.class_id, studentIds: [], className: row.class_name!,
        level: levelOf(ref, row.target_level)!, stream: streamOf(ref, row.target_stream), count: 0, size: row.class_taken!, capacity: row.class_capacity!,
      });
      byClass.set(row.class_id, entry);
    }
    entry.studentIds.push(row.student_id);
    entry.count++;
    entry.size++;
  }
  return [...byClass.values()].sort((a, b) => a.level.id - b.level.id || (a.stream?.id ?? 0) - (b.stream?.id ?? 0) || a.className.localeCompare(b.className));
}

/** Placed pupils per level and stream, from the per-class figures. */
export function levelPlacementsOf(classes: ClassPlacement[]): LevelPlacement[] {
  const byLevel = new Map<string, LevelPlacement>();
  for (const c of classes) {
    const key = `${c.level.id}:${c.stream?.id ?? 0}`;
    const entry = byLevel.get(key) ?? Object.assign(new LevelPlacement(), { level: c.level, stream: c.stream, count: 0 });
    entry.count += c.count;
    byLevel.set(key, entry);
  }
  return [...byLevel.values()];
}

/** How many rows have each outcome. */
export function countOutcomes(rows: OutcomeRow[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const row of rows) counts.set(row.outcome, (counts.get(row.outcome) ?? 0) + 1);
  return counts;
}
