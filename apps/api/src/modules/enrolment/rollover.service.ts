import { type DataSource } from 'typeorm';
import { type Viewer } from '../../core/auth/viewer.js';
import { badInput } from '../../core/errors.js';
import { copyClassesToYear, draftSchoolYear } from '../schooling/class-copy.service.js';
import { schoolYearDates, type SchoolYearDates } from '../schooling/school-calendar.js';
import { ensureSchoolYear } from '../schooling/school-year.service.js';
import { SchoolingErrorReason } from '../schooling/schooling.errors.js';
import { place } from './cohort-placement.js';
import { Decision } from './decision.js';
import { DecisionCount, RolloverReport } from './dto/mobility-report.type.js';
import { type RolloverInput } from './dto/mobility.input.js';
import { EnrolmentErrorReason } from './enrolment.errors.js';
import { classPlacementsOf, countOutcomes, levelPlacementsOf, unplacedOf } from './mobility-report.js';
import { inTransaction, loadReference, registrySchool } from './mobility.shared.js';
import { onRoster } from './roster.js';

const LEAVING = [Decision.GRADUATED, Decision.DROPPED_OUT, Decision.EXCLUDED];

/**
 * The school's pupils ACTIVE in $2 with their decisions, and where each goes in $3: PROMOTED to
 * the next level (and the stream decided, if any), REPEAT to the same level and stream,
 * REORIENTED to the stream decided (its level); the others leave. A pupil already enrolled in $3
 * anywhere is left alone, so that a second run changes nothing.
 */
const ROLLOVER_CANDIDATES = `
  pupils AS (
    SELECT e.student_id, c.level_id AS from_level, c.stream_id AS from_stream, d.decision, d.stream_id AS decided_stream
    FROM enrolment e JOIN school_class c ON c.id = e.class_id
    LEFT JOIN year_decision d ON d.student_id = e.student_id AND d.school_year_id = e.school_year_id
    WHERE e.school_id = $1::int AND e.school_year_id = $2::smallint AND ${onRoster('e')}
  ),
  targets AS (
    SELECT p.student_id, p.decision,
      CASE p.decision WHEN 'PROMOTED' THEN fl.next_level_id WHEN 'REPEAT' THEN p.from_level WHEN 'REORIENTED' THEN ds.level_id END AS target_level,
      CASE p.decision WHEN 'PROMOTED' THEN p.decided_stream WHEN 'REPEAT' THEN p.from_stream WHEN 'REORIENTED' THEN p.decided_stream END AS target_stream
    FROM pupils p JOIN level fl ON fl.id = p.from_level LEFT JOIN stream ds ON ds.id = p.decided_stream
  ),
  candidates AS (
    SELECT t.student_id, $1::int AS origin_school_id, t.decision, t.target_level, coalesce(t.target_stream, 0)::int AS target_stream,
      CASE WHEN EXISTS (SELECT 1 FROM enrolment n WHERE n.student_id = t.student_id AND n.school_year_id = $3::smallint AND ${onRoster('n')}) THEN 'ALREADY_ENROLLED'
           WHEN t.decision IS NULL THEN 'NO_DECISION'
           WHEN t.decision IN (${LEAVING.map((d) => `'${d}'`).join(', ')}) THEN 'LEAVING'
           WHEN t.decision = 'REORIENTED' AND t.target_level IS NULL THEN 'STREAM_NOT_DECIDED'
           WHEN t.target_level IS NULL OR NOT (tl.cycle = ANY (sc.cycles)) THEN 'LEAVES_CYCLE'
      END AS issue
    FROM targets t LEFT JOIN level tl ON tl.id = t.target_level CROSS JOIN (SELECT cycles FROM school WHERE id = $1::int) sc
  )`;

/** The year to open, checked, and the year just before it (by dates), which must be the previous one. */
async function yearsOf(db: DataSource, toYear: string): Promise<{ dates: SchoolYearDates; from: { id: number; name: string }; toId: number | null }> {
  let dates: SchoolYearDates;
  try {
    dates = schoolYearDates(toYear);
  } catch {
    throw badInput('toYear', SchoolingErrorReason.INVALID_YEAR, 'A school year looks like 2026-2027');
  }
  const [from]: { id: number; name: string }[] = await db.query(
    'SELECT id, name FROM school_year WHERE starts_on < $1 ORDER BY starts_on DESC LIMIT 1', [dates.startsOn],
  );
  const previous = `${dates.startYear - 1}-${dates.startYear}`;
  // A year after a gap (2030-2031 after 2025-2026) is a typing mistake, not a rollover.
  if (!from || from.name !== previous) throw badInput('toYear', EnrolmentErrorReason.NO_PREVIOUS_YEAR, `No school year ${previous} to roll over into ${toYear}`);
  const [to]: { id: number }[] = await db.query('SELECT id FROM school_year WHERE name = $1', [toYear]);
  return { dates, from, toId: to?.id ?? null };
}

/**
 * The start of a school's year: next year's classes from this year's, then every pupil of the
 * school re-registered from the class council's decisions, all or nothing, in a fixed number of
 * statements whatever the number of pupils. A dry run runs the same statements and rolls back.
 */
export async function rollOverSchoolYear(db: DataSource, viewer: Viewer, input: RolloverInput): Promise<RolloverReport> {
  const school = await registrySchool(db, viewer, input.schoolCode);
  const { dates, from, toId } = await yearsOf(db, input.toYear);
  // The year and its enrolment partition are made in their own short transaction (creating a
  // partition locks the whole enrolment table): a failed rollover leaves an empty year, no more.
  const existingYear = toId ?? (input.dryRun ? null : (await ensureSchoolYear(db, input.toYear)).id);
  const ref = await loadReference(db);
  return inTransaction(db, !input.dryRun, async (tx) => {
    const yearId = existingYear ?? (await draftSchoolYear(tx, dates));
    const classes = await copyClassesToYear(tx, school.id, from.id, yearId);
    const rows = await place(tx, { schoolId: school.id, yearId }, ROLLOVER_CANDIDATES, [school.id, from.id, yearId]);
    const counts = countOutcomes(rows);
    const byClass = classPlacementsOf(ref, rows, new Set(input.dryRun ? classes.created : []));
    const placed = counts.get('PLACED') ?? 0;
    const leaving = LEAVING.map((decision) => Object.assign(new DecisionCount(), { decision, count: rows.filter((r) => r.outcome === 'LEAVING' && r.decision === decision).length }));
    return Object.assign(new RolloverReport(), {
      dryRun: input.dryRun,
      fromYear: from.name,
      toYear: input.toYear,
      yearCreated: toId === null,
      classesCreated: classes.created,
      classesAlreadyThere: classes.existing,
      placed,
      placedByLevel: levelPlacementsOf(byClass),
      placedByClass: byClass,
      leaving: leaving.filter((d) => d.count > 0),
      alreadyEnrolled: counts.get('ALREADY_ENROLLED') ?? 0,
      notPlaced: unplacedOf(ref, rows, input.toYear),
      changed: toId === null || classes.created.length > 0 || placed > 0,
    });
  });
}
