import { type DataSource } from 'typeorm';
import { requireAccess, requireVisible } from '../../core/auth/rules.js';
import { type Viewer } from '../../core/auth/viewer.js';
import { badInput, forbidden, notFound } from '../../core/errors.js';
import { type Level } from '../schooling/level.entity.js';
import { resolveSchoolYear } from '../schooling/school-year.service.js';
import { schoolRule } from '../territory/territory.access.js';
import { School } from '../territory/school.entity.js';
import { type OutcomeRow, place } from './cohort-placement.js';
import { CohortMoveReport, OriginCount, OriginRefusal, RefusedSchool } from './dto/mobility-report.type.js';
import { type MoveCohortInput } from './dto/mobility.input.js';
import { cohortMoveRule, mayMoveCohorts } from './enrolment.access.js';
import { EnrolmentErrorReason } from './enrolment.errors.js';
import { classPlacementsOf, countOutcomes, unplacedOf } from './mobility-report.js';
import { inTransaction, loadReference, type Reference } from './mobility.shared.js';
import { onRoster } from './roster.js';

/**
 * The pupils ACTIVE in $1 at level $4 in the origin schools $3; those PROMOTED go to level $5
 * (and the stream decided, if any) in $2. A pupil already enrolled in $2 anywhere is left alone,
 * so that a second run changes nothing.
 */
const MOVE_CANDIDATES = `
  pupils AS (
    SELECT e.student_id, e.school_id, d.decision, d.stream_id AS decided_stream
    FROM enrolment e JOIN school_class c ON c.id = e.class_id
    LEFT JOIN year_decision d ON d.student_id = e.student_id AND d.school_year_id = e.school_year_id
    WHERE e.school_id = ANY ($3::int[]) AND e.school_year_id = $1::smallint AND ${onRoster('e')} AND c.level_id = $4::smallint
  ),
  candidates AS (
    SELECT p.student_id, p.school_id AS origin_school_id, p.decision, $5::int AS target_level, coalesce(p.decided_stream, 0)::int AS target_stream,
      CASE WHEN EXISTS (SELECT 1 FROM enrolment n WHERE n.student_id = p.student_id AND n.school_year_id = $2::smallint AND ${onRoster('n')}) THEN 'ALREADY_ENROLLED'
           WHEN p.decision IS DISTINCT FROM 'PROMOTED' THEN 'NOT_PROMOTED'
      END AS issue
    FROM pupils p
  )`;

interface Origin {
  code: string;
  id: number | null;
  name: string | null;
  province_id: number | null;
}

/** The origin schools by code: those of the receiving school's province, and the others with why they were left out. */
async function originsOf(db: DataSource, toSchool: School, rawCodes: string[]): Promise<{ accepted: Origin[]; refused: RefusedSchool[] }> {
  const codes = [...new Set(rawCodes.map((c) => c.trim().toUpperCase()))];
  const rows: Origin[] = await db.query(
    `SELECT r.code, s.id, s.name_fr AS name, s.province_id FROM unnest($1::text[]) WITH ORDINALITY AS r(code, n)
     LEFT JOIN school s ON s.code = r.code ORDER BY r.n`,
    [codes],
  );
  const refuse = (code: string, reason: OriginRefusal, detail: string) => Object.assign(new RefusedSchool(), { schoolCode: code, reason, detail });
  const refused = rows.flatMap((o) => {
    if (o.id === null) return [refuse(o.code, OriginRefusal.UNKNOWN_SCHOOL, 'No school has this code')];
    if (o.province_id !== toSchool.provinceId) return [refuse(o.code, OriginRefusal.OTHER_PROVINCE, 'Not in the receiving school\'s province: its directorate sends these pupils elsewhere')];
    return [];
  });
  return { accepted: rows.filter((o) => o.id !== null && o.province_id === toSchool.provinceId), refused };
}

/**
 * The receiving school, by code, for the directorate that runs the move. Anyone but a provincial
 * directorate is refused before the code is looked up (it learns nothing of the school); outside
 * the directorate's province a school answers as an unknown code (NOT_FOUND).
 */
async function receivingSchool(db: DataSource, viewer: Viewer, code: string): Promise<School> {
  if (!mayMoveCohorts(viewer)) throw forbidden(cohortMoveRule.refusal);
  const school = await db.getRepository(School).findOneBy({ code: code.trim().toUpperCase() });
  if (!school) throw notFound('School');
  await requireVisible(db, viewer, schoolRule, [school.id], 'School');
  await requireAccess(db, viewer, cohortMoveRule, [school.id]);
  return school;
}

/** The level a move starts from: the last of its cycle (6AP, 3AC), and the first of the next. */
function cycleEnd(ref: Reference, code: string): { level: Level; next: Level } {
  const level = [...ref.levels.values()].find((l) => l.code === code.trim().toUpperCase());
  if (!level) throw badInput('levelCode', EnrolmentErrorReason.UNKNOWN_LEVEL, `No level ${code}`);
  const next = level.nextLevelId === null ? undefined : ref.levels.get(level.nextLevelId);
  if (!next || next.cycle === level.cycle) throw badInput('levelCode', EnrolmentErrorReason.NOT_A_CYCLE_END, 'A collective move starts from the last level of a cycle: 6AP or 3AC');
  return { level, next };
}

/** The year after `year`, which must exist (its classes receive the pupils). */
async function nextYearOf(db: DataSource, year: { name: string; startsOn: string }): Promise<{ id: number; name: string }> {
  const start = Number(year.name.slice(0, 4));
  const name = `${start + 1}-${start + 2}`;
  const [next]: { id: number; name: string }[] = await db.query('SELECT id, name FROM school_year WHERE name = $1', [name]);
  if (!next) throw badInput('year', EnrolmentErrorReason.NO_NEXT_YEAR, `No school year ${name} yet: open it and create the receiving classes first`);
  return next;
}

/**
 * A collective move: the pupils PROMOTED from the last level of a cycle in a set of schools of
 * one province, enrolled at once in the receiving school's classes of the next level for the
 * following year, within capacity. Run by the provincial directorate (the carte scolaire), whose
 * province holds the receiving school and every origin school moved; the report gives it counts,
 * and pupils only through the pupil rule (none, for a territorial account). One transaction, so it
 * completes or leaves nothing half-moved; a dry run runs the same statements and rolls back.
 */
export async function moveCohort(db: DataSource, viewer: Viewer, input: MoveCohortInput): Promise<CohortMoveReport> {
  const toSchool = await receivingSchool(db, viewer, input.toSchoolCode);
  const ref = await loadReference(db);
  const { level, next } = cycleEnd(ref, input.levelCode);
  const year = await resolveSchoolYear(db, input.year, 'year');
  const nextYear = await nextYearOf(db, year);
  const { accepted, refused } = await originsOf(db, toSchool, input.fromSchoolCodes);
  // The same province as the receiving school, hence the directorate's: checked all the same.
  await requireAccess(db, viewer, cohortMoveRule, accepted.map((o) => o.id!));
  const rows = await inTransaction(db, !input.dryRun, async (tx): Promise<OutcomeRow[]> => {
    if (!accepted.length) return [];
    return place(tx, { schoolId: toSchool.id, yearId: nextYear.id }, MOVE_CANDIDATES, [year.id, nextYear.id, accepted.map((o) => o.id), level.id, next.id]);
  });
  const counts = countOutcomes(rows);
  const codeOf = new Map(accepted.map((o) => [o.id!, o.code]));
  const byOrigin = accepted.map((o) => Object.assign(new OriginCount(), {
    schoolCode: o.code, schoolName: o.name!, count: rows.filter((r) => r.outcome === 'PLACED' && r.origin_school_id === o.id).length,
  }));
  return Object.assign(new CohortMoveReport(), {
    dryRun: input.dryRun,
    year: year.name,
    nextYear: nextYear.name,
    level,
    nextLevel: next,
    toSchool,
    moved: counts.get('PLACED') ?? 0,
    byClass: classPlacementsOf(ref, rows),
    byOrigin,
    refusedSchools: refused,
    alreadyEnrolled: counts.get('ALREADY_ENROLLED') ?? 0,
    notPromoted: counts.get('NOT_PROMOTED') ?? 0,
    notPlaced: unplacedOf(ref, rows, nextYear.name, (id) => codeOf.get(id) ?? ''),
  });
}
