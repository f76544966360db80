import { absenceKindOf, type JustificationStatus } from '@massar/rules';
import { onRoster } from '../enrolment/roster.js';

// The statements that recompute the roll-up cells of the (school, school year) pairs listed in
// the temporary table analytics_target. The refresher lists the changed pairs, the rebuild every
// pair: one set of statements, so both give the same figures. Each statement deletes the pairs'
// cells and inserts them anew from the source tables (definitions: the analytics contract, and
// the comments below). The target's years are also given as an array (an initplan), so that
// PostgreSQL reads only those years' partitions.

/** The school years of the target, for partition pruning. */
const TARGET_YEARS = '(SELECT array_agg(DISTINCT school_year_id) FROM analytics_target)::smallint[]';

/** A source row (by alias) belongs to a target pair. */
const inTarget = (alias: string) =>
  `${alias}.school_year_id = ANY(${TARGET_YEARS}) AND (${alias}.school_id, ${alias}.school_year_id) IN (SELECT school_id, school_year_id FROM analytics_target)`;

/** The territory, milieu and sector columns of a cell, from `school sc JOIN province pr`. */
const DIM_COLUMNS = 'school_year_id, school_id, region_id, province_id, milieu, sector';
const dimValues = (alias: string) => `${alias}.school_year_id, ${alias}.school_id, pr.region_id, sc.province_id, sc.milieu, sc.sector`;
const dimJoins = (alias: string) => `JOIN school sc ON sc.id = ${alias}.school_id JOIN province pr ON pr.id = sc.province_id`;

/** The target pairs' rows of a cell table (by alias x). */
const OF_TARGET = 'USING analytics_target t WHERE x.school_id = t.school_id AND x.school_year_id = t.school_year_id';

// "Justified" has one definition (@massar/rules' absenceKindOf), as in support's entitlements.
const STATUSES: JustificationStatus[] = ['PENDING', 'ACCEPTED', 'REFUSED'];
const JUSTIFYING = STATUSES.filter((s) => absenceKindOf(s) === 'JUSTIFIED').map((s) => `'${s}'`).join(', ');

/** The year before each school year (by start date): repeaters are read from it. */
const PREVIOUS_YEAR = `SELECT id, lag(id) OVER (ORDER BY starts_on) AS previous_id FROM school_year`;

/**
 * Pupils: the roster (ACTIVE enrolments) per school × level × gender; repeaters (last year at the
 * same level, anywhere, or decided REPEAT last year); new entrants (at a cycle's first level, not
 * repeating); attendance: the pupil-minutes of the roll calls held (each roll call's minutes for
 * every pupil on the class's roster that day), the minutes absent (lateness is not an absence) and
 * those whose justification was accepted.
 */
const PUPIL_CELLS = `
  INSERT INTO analytics_pupil_cell (${DIM_COLUMNS}, level_id, cycle, gender, enrolled, new_entrants, repeaters, scheduled_minutes, absent_minutes, justified_minutes)
  WITH years AS (${PREVIOUS_YEAR}),
  entry_level AS (
    SELECT lv.id FROM level lv WHERE NOT EXISTS (SELECT 1 FROM level p WHERE p.next_level_id = lv.id AND p.cycle = lv.cycle)
  ),
  roster AS (
    SELECT e.school_id, e.school_year_id, c.level_id, s.gender,
           (EXISTS (SELECT 1 FROM enrolment pe JOIN school_class pc ON pc.id = pe.class_id
                    WHERE pe.student_id = e.student_id AND pe.school_year_id = y.previous_id AND ${onRoster('pe')} AND pc.level_id = c.level_id)
            OR EXISTS (SELECT 1 FROM year_decision d WHERE d.student_id = e.student_id AND d.school_year_id = y.previous_id AND d.decision = 'REPEAT')) AS repeater
    FROM enrolment e JOIN school_class c ON c.id = e.class_id JOIN student s ON s.id = e.student_id JOIN years y ON y.id = e.school_year_id
    WHERE ${inTarget('e')} AND ${onRoster('e')}
  ),
  held AS (
    SELECT c.school_id, c.school_year_id, c.level_id, s.gender, sum(rc.minutes)::bigint AS minutes
    FROM school_class c
    JOIN roll_call rc ON rc.class_id = c.id AND rc.school_year_id = c.school_year_id
    JOIN enrolment e ON e.class_id = c.id AND e.school_year_id = c.school_year_id
      AND e.enrolled_on <= rc.held_on AND (e.ended_on IS NULL OR e.ended_on > rc.held_on)
    JOIN student s ON s.id = e.student_id
    WHERE ${inTarget('c')}
    GROUP BY 1, 2, 3, 4
  ),
  absent AS (
    SELECT c.school_id, c.school_year_id, c.level_id, s.gender, sum(r.minutes)::bigint AS minutes,
           coalesce(sum(r.minutes) FILTER (WHERE j.status = ANY (ARRAY[${JUSTIFYING}]::text[])), 0)::bigint AS justified
    FROM school_class c
    JOIN roll_call rc ON rc.class_id = c.id AND rc.school_year_id = c.school_year_id
    JOIN absence_record r ON r.roll_call_id = rc.id AND r.school_year_id = rc.school_year_id
    JOIN student s ON s.id = r.student_id
    LEFT JOIN absence_justification j ON j.id = r.justification_id
    WHERE ${inTarget('c')} AND NOT r.late
    GROUP BY 1, 2, 3, 4
  ),
  parts AS (
    SELECT school_id, school_year_id, level_id, gender, 1 AS enrolled, (NOT repeater AND level_id IN (SELECT id FROM entry_level))::int AS new_entrant,
           repeater::int AS repeater, 0::bigint AS held, 0::bigint AS absent, 0::bigint AS justified FROM roster
    UNION ALL SELECT school_id, school_year_id, level_id, gender, 0, 0, 0, minutes, 0, 0 FROM held
    UNION ALL SELECT school_id, school_year_id, level_id, gender, 0, 0, 0, 0, minutes, justified FROM absent
  )
  SELECT ${dimValues('x')}, x.level_id, lv.cycle, x.gender, sum(x.enrolled), sum(x.new_entrant), sum(x.repeater), sum(x.held), sum(x.absent), sum(x.justified)
  FROM parts x ${dimJoins('x')} JOIN level lv ON lv.id = x.level_id
  GROUP BY x.school_year_id, x.school_id, pr.region_id, sc.province_id, sc.milieu, sc.sector, x.level_id, lv.cycle, x.gender`;

/** Ten bins of two points of the general average, [0,2) … [18,20]: SQL of one bin's count (least() skips NULLs, hence the test). */
export const AVERAGE_BINS = 10;
const binCounts = Array.from({ length: AVERAGE_BINS }, (_, i) => `count(*) FILTER (WHERE r.general_average IS NOT NULL AND least(floor(r.general_average / 2), ${AVERAGE_BINS - 1}) = ${i})`).join(', ');

/** Published results per school × level × gender × term; the certificate exam's outcome (term YEAR). */
const RESULT_CELLS = `
  INSERT INTO analytics_result_cell (${DIM_COLUMNS}, level_id, cycle, gender, term, results, average_sum, at_least_10, bins, certificate, certificate_candidates, certificate_passed)
  SELECT ${dimValues('r')}, c.level_id, lv.cycle, s.gender, r.term,
         count(*) FILTER (WHERE r.general_average IS NOT NULL), coalesce(sum(r.general_average), 0), count(*) FILTER (WHERE r.general_average >= 10),
         ARRAY[${binCounts}]::int[],
         max(r.certificate->>'name'),
         count(*) FILTER (WHERE r.certificate->>'outcome' IS NOT NULL), count(*) FILTER (WHERE r.certificate->>'outcome' = 'PASSED')
  FROM published_result r JOIN school_class c ON c.id = r.class_id JOIN level lv ON lv.id = c.level_id JOIN student s ON s.id = r.student_id ${dimJoins('r')}
  WHERE ${inTarget('r')}
  GROUP BY r.school_year_id, r.school_id, pr.region_id, sc.province_id, sc.milieu, sc.sector, c.level_id, lv.cycle, s.gender, r.term`;

/** Class-size bins: ≤20, 21–30, 31–40, 41–45, >45 pupils (upper bounds; the last is open). */
export const CLASS_SIZE_BOUNDS = [20, 30, 40, 45] as const;
const sizeBins = [...CLASS_SIZE_BOUNDS.map((to, i) => `count(*) FILTER (WHERE z.size > ${i ? CLASS_SIZE_BOUNDS[i - 1] : -1} AND z.size <= ${to})`),
  `count(*) FILTER (WHERE z.size > ${CLASS_SIZE_BOUNDS[CLASS_SIZE_BOUNDS.length - 1]})`].join(', ');

/** Classes per school × level: their number, pupils, the overcrowded ones (above the setting) and the size bins. */
const CLASS_CELLS = `
  INSERT INTO analytics_class_cell (${DIM_COLUMNS}, level_id, cycle, classes, pupils, overcrowded, size_bins)
  WITH roster AS (
    SELECT e.class_id, count(*)::int AS size FROM enrolment e WHERE ${inTarget('e')} AND ${onRoster('e')} GROUP BY e.class_id
  ),
  z AS (
    SELECT c.school_id, c.school_year_id, c.level_id, coalesce(r.size, 0) AS size
    FROM school_class c LEFT JOIN roster r ON r.class_id = c.id WHERE ${inTarget('c')}
  )
  SELECT ${dimValues('z')}, z.level_id, lv.cycle, count(*), sum(z.size), count(*) FILTER (WHERE z.size > (SELECT overcrowded_above FROM analytics_setting)),
         ARRAY[${sizeBins}]::int[]
  FROM z ${dimJoins('z')} JOIN level lv ON lv.id = z.level_id
  GROUP BY z.school_year_id, z.school_id, pr.region_id, sc.province_id, sc.milieu, sc.sector, z.level_id, lv.cycle`;

/** Teachers per school (distinct staff assigned to the year's classes) and its pupils, for the pupil–teacher ratio. */
const SCHOOL_CELLS = `
  INSERT INTO analytics_school_cell (${DIM_COLUMNS}, teachers, pupils)
  SELECT ${dimValues('t')},
         (SELECT count(DISTINCT ta.teacher_id) FROM teaching_assignment ta JOIN school_class c ON c.id = ta.class_id
          WHERE c.school_id = t.school_id AND c.school_year_id = t.school_year_id),
         (SELECT count(*) FROM enrolment e WHERE e.school_id = t.school_id AND e.school_year_id = t.school_year_id AND ${onRoster('e')})
  FROM analytics_target t ${dimJoins('t')}
  WHERE EXISTS (SELECT 1 FROM school_class c WHERE c.school_id = t.school_id AND c.school_year_id = t.school_year_id)`;

/**
 * Support per school × level × gender × programme: the roster's pupils eligible by the rules that
 * need no declaration (milieu, cycle, level, the programme's school list), the beneficiaries the
 * school listed, and their amount per period (CASH programmes: the level's amount).
 */
const SUPPORT_CELLS = `
  INSERT INTO analytics_support_cell (${DIM_COLUMNS}, level_id, cycle, gender, programme_id, eligible, beneficiaries, amount)
  WITH roster AS (
    SELECT e.school_id, e.school_year_id, c.level_id, s.gender, count(*) AS pupils
    FROM enrolment e JOIN school_class c ON c.id = e.class_id JOIN student s ON s.id = e.student_id
    WHERE ${inTarget('e')} AND ${onRoster('e')}
    GROUP BY 1, 2, 3, 4
  ),
  eligible AS (
    SELECT r.school_id, r.school_year_id, r.level_id, r.gender, p.id AS programme_id, r.pupils
    FROM roster r JOIN level lv ON lv.id = r.level_id JOIN school sc ON sc.id = r.school_id
    JOIN support_programme p ON (p.milieux IS NULL OR sc.milieu = ANY(p.milieux)) AND (p.cycles IS NULL OR lv.cycle = ANY(p.cycles))
      AND (p.level_codes IS NULL OR lv.code = ANY(p.level_codes))
      AND (NOT p.school_list OR EXISTS (SELECT 1 FROM support_programme_school ps WHERE ps.programme_id = p.id AND ps.school_id = r.school_id))
  ),
  listed AS (
    SELECT b.school_id, b.school_year_id, b.level_id, s.gender, b.programme_id, count(*) AS pupils,
           coalesce(sum(am.amount_mad) FILTER (WHERE p.kind = 'CASH'), 0) AS amount
    FROM support_beneficiary b JOIN student s ON s.id = b.student_id JOIN support_programme p ON p.id = b.programme_id
    LEFT JOIN support_programme_amount am ON am.programme_id = b.programme_id AND am.level_id = b.level_id
    WHERE ${inTarget('b')}
    GROUP BY 1, 2, 3, 4, 5
  ),
  parts AS (
    SELECT school_id, school_year_id, level_id, gender, programme_id, pupils AS eligible, 0::bigint AS listed, 0::numeric AS amount FROM eligible
    UNION ALL SELECT school_id, school_year_id, level_id, gender, programme_id, 0, pupils, amount FROM listed
  )
  SELECT ${dimValues('x')}, x.level_id, lv.cycle, x.gender, x.programme_id, sum(x.eligible), sum(x.listed), sum(x.amount)
  FROM parts x ${dimJoins('x')} JOIN level lv ON lv.id = x.level_id
  GROUP BY x.school_year_id, x.school_id, pr.region_id, sc.province_id, sc.milieu, sc.sector, x.level_id, lv.cycle, x.gender, x.programme_id`;

/** The exams the integrity watch compares continuous assessment with. */
export const WATCHED_EXAMS = ['REGIONAL_EXAM', 'NATIONAL_EXAM'] as const;
const watched = WATCHED_EXAMS.map((k) => `'${k}'`).join(', ');

/** Per school × level: pupils with both a continuous-assessment mean and a regional/national exam mean, and their sums. */
const INTEGRITY_CELLS = `
  INSERT INTO analytics_integrity_cell (${DIM_COLUMNS}, level_id, cycle, pupils, continuous_sum, exam_sum)
  WITH pupil AS (
    SELECT g.school_id, g.school_year_id, c.level_id, g.student_id,
           avg(g.value) FILTER (WHERE a.kind = 'CONTINUOUS') AS continuous, avg(g.value) FILTER (WHERE a.kind IN (${watched})) AS exam
    FROM grade g JOIN assessment a ON a.id = g.assessment_id JOIN school_class c ON c.id = a.class_id
    WHERE ${inTarget('g')} AND g.value IS NOT NULL AND a.kind IN ('CONTINUOUS', ${watched})
    GROUP BY 1, 2, 3, 4
  )
  SELECT ${dimValues('x')}, x.level_id, lv.cycle, count(*), sum(x.continuous), sum(x.exam)
  FROM pupil x ${dimJoins('x')} JOIN level lv ON lv.id = x.level_id
  WHERE x.continuous IS NOT NULL AND x.exam IS NOT NULL
  GROUP BY x.school_year_id, x.school_id, pr.region_id, sc.province_id, sc.milieu, sc.sector, x.level_id, lv.cycle`;

/**
 * The provinces' rows: the school cells of a (school year, province) summed over its schools per
 * milieu and sector and the cells' finer dimensions, the same measures (a province's rows are
 * recomputed whole, from every school cell of the province, after the target's school cells).
 */
const P_DIMS = 'school_year_id, region_id, province_id, milieu, sector';
const P_FROM = (table: string) => `FROM ${table} c JOIN analytics_target_province t
  ON t.school_year_id = c.school_year_id AND t.region_id = c.region_id AND t.province_id = c.province_id`;
const P_GROUP = 'c.school_year_id, c.region_id, c.province_id, c.milieu, c.sector';
const arraySums = (column: string, length: number) =>
  `ARRAY[${Array.from({ length }, (_, i) => `sum(c.${column}[${i + 1}])`).join(', ')}]::int[]`;

const PUPIL_PROVINCE = `
  INSERT INTO analytics_pupil_province (${P_DIMS}, level_id, cycle, gender, enrolled, new_entrants, repeaters, scheduled_minutes, absent_minutes, justified_minutes)
  SELECT ${P_GROUP}, c.level_id, c.cycle, c.gender, sum(c.enrolled), sum(c.new_entrants), sum(c.repeaters),
         sum(c.scheduled_minutes), sum(c.absent_minutes), sum(c.justified_minutes)
  ${P_FROM('analytics_pupil_cell')}
  GROUP BY ${P_GROUP}, c.level_id, c.cycle, c.gender`;

const RESULT_PROVINCE = `
  INSERT INTO analytics_result_province (${P_DIMS}, level_id, cycle, gender, term, results, average_sum, at_least_10, bins, certificate, certificate_candidates, certificate_passed)
  SELECT ${P_GROUP}, c.level_id, c.cycle, c.gender, c.term, sum(c.results), sum(c.average_sum), sum(c.at_least_10), ${arraySums('bins', AVERAGE_BINS)},
         c.certificate, sum(c.certificate_candidates), sum(c.certificate_passed)
  ${P_FROM('analytics_result_cell')}
  GROUP BY ${P_GROUP}, c.level_id, c.cycle, c.gender, c.term, c.certificate`;

const CLASS_PROVINCE = `
  INSERT INTO analytics_class_province (${P_DIMS}, level_id, cycle, classes, pupils, overcrowded, size_bins)
  SELECT ${P_GROUP}, c.level_id, c.cycle, sum(c.classes), sum(c.pupils), sum(c.overcrowded), ${arraySums('size_bins', CLASS_SIZE_BOUNDS.length + 1)}
  ${P_FROM('analytics_class_cell')}
  GROUP BY ${P_GROUP}, c.level_id, c.cycle`;

const SCHOOL_PROVINCE = `
  INSERT INTO analytics_school_province (${P_DIMS}, teachers, pupils)
  SELECT ${P_GROUP}, sum(c.teachers), sum(c.pupils)
  ${P_FROM('analytics_school_cell')}
  GROUP BY ${P_GROUP}`;

/** With the programme's kind (CASH pays the amount), so that the indicator's statement needs no join. */
const SUPPORT_PROVINCE = `
  INSERT INTO analytics_support_province (${P_DIMS}, level_id, cycle, gender, programme_id, cash, eligible, beneficiaries, amount)
  SELECT ${P_GROUP}, c.level_id, c.cycle, c.gender, c.programme_id, p.kind = 'CASH', sum(c.eligible), sum(c.beneficiaries), sum(c.amount)
  ${P_FROM('analytics_support_cell')} JOIN support_programme p ON p.id = c.programme_id
  GROUP BY ${P_GROUP}, c.level_id, c.cycle, c.gender, c.programme_id, p.kind`;

/** The target provinces' rows of a province table (by alias x). */
const OF_TARGET_PROVINCE = 'USING analytics_target_province t WHERE x.province_id = t.province_id AND x.school_year_id = t.school_year_id';

export const PROVINCE_TABLES = [
  'analytics_pupil_province', 'analytics_result_province', 'analytics_class_province', 'analytics_school_province', 'analytics_support_province',
] as const;

const PROVINCE_STATEMENTS: Record<(typeof PROVINCE_TABLES)[number], [string, string]> = {
  analytics_pupil_province: [`DELETE FROM analytics_pupil_province x ${OF_TARGET_PROVINCE}`, PUPIL_PROVINCE],
  analytics_result_province: [`DELETE FROM analytics_result_province x ${OF_TARGET_PROVINCE}`, RESULT_PROVINCE],
  analytics_class_province: [`DELETE FROM analytics_class_province x ${OF_TARGET_PROVINCE}`, CLASS_PROVINCE],
  analytics_school_province: [`DELETE FROM analytics_school_province x ${OF_TARGET_PROVINCE}`, SCHOOL_PROVINCE],
  analytics_support_province: [`DELETE FROM analytics_support_province x ${OF_TARGET_PROVINCE}`, SUPPORT_PROVINCE],
};

/**
 * The (school year, province) pairs the target touches: its schools' provinces now, and those
 * their cells carry still (a school moved to another province leaves its old one's rows stale).
 */
const TARGET_PROVINCES = `
  INSERT INTO analytics_target_province (school_year_id, region_id, province_id)
  SELECT t.school_year_id, pr.region_id, sc.province_id FROM analytics_target t JOIN school sc ON sc.id = t.school_id JOIN province pr ON pr.id = sc.province_id
  ${['analytics_pupil_cell', 'analytics_result_cell', 'analytics_class_cell', 'analytics_school_cell', 'analytics_support_cell']
    .map((table) => `UNION SELECT x.school_year_id, x.region_id, x.province_id FROM ${table} x JOIN analytics_target t
      ON t.school_id = x.school_id AND t.school_year_id = x.school_year_id`).join('\n  ')}`;

export const CELL_TABLES = [
  'analytics_pupil_cell', 'analytics_result_cell', 'analytics_class_cell', 'analytics_school_cell', 'analytics_support_cell', 'analytics_integrity_cell',
] as const;

/** Per cell table: the delete of the target's cells, then their recomputation (tables named literally for the ownership lint). */
const CELL_STATEMENTS: Record<(typeof CELL_TABLES)[number], [string, string]> = {
  analytics_pupil_cell: [`DELETE FROM analytics_pupil_cell x ${OF_TARGET}`, PUPIL_CELLS],
  analytics_result_cell: [`DELETE FROM analytics_result_cell x ${OF_TARGET}`, RESULT_CELLS],
  analytics_class_cell: [`DELETE FROM analytics_class_cell x ${OF_TARGET}`, CLASS_CELLS],
  analytics_school_cell: [`DELETE FROM analytics_school_cell x ${OF_TARGET}`, SCHOOL_CELLS],
  analytics_support_cell: [`DELETE FROM analytics_support_cell x ${OF_TARGET}`, SUPPORT_CELLS],
  analytics_integrity_cell: [`DELETE FROM analytics_integrity_cell x ${OF_TARGET}`, INTEGRITY_CELLS],
};

/** Empties every cell table (the rebuild). */
export const TRUNCATE_CELLS = `TRUNCATE analytics_pupil_cell, analytics_result_cell, analytics_class_cell, analytics_school_cell,
  analytics_support_cell, analytics_integrity_cell, analytics_pupil_province, analytics_result_province, analytics_class_province,
  analytics_school_province, analytics_support_province`;

/** Runs a statement and gives its rows: a TypeORM manager's query, or a pg client's wrapped (the seed's). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Sql = (text: string, parameters?: unknown[]) => Promise<any[]>;

/** Fills analytics_target (in the caller's transaction) from a query of (school_id, school_year_id) pairs. */
export async function setTarget(tx: Sql, pairsSql: string, parameters: unknown[] = []): Promise<number> {
  await tx('CREATE TEMPORARY TABLE IF NOT EXISTS analytics_target (school_id integer NOT NULL, school_year_id smallint NOT NULL, PRIMARY KEY (school_id, school_year_id)) ON COMMIT DROP');
  await tx('TRUNCATE analytics_target');
  await tx(`INSERT INTO analytics_target (school_id, school_year_id) SELECT DISTINCT p.school_id, p.school_year_id FROM (${pairsSql}) p ON CONFLICT DO NOTHING`, parameters);
  await tx('ANALYZE analytics_target');
  const [{ n }] = await tx('SELECT count(*)::int AS n FROM analytics_target');
  return n;
}

/**
 * Recomputes every cell of the target's pairs, table by table, then the rows of the provinces
 * they touch, within the caller's transaction.
 */
export async function recomputeTarget(tx: Sql, onTable?: (table: string, ms: number) => void): Promise<void> {
  await tx(`CREATE TEMPORARY TABLE IF NOT EXISTS analytics_target_province (school_year_id smallint NOT NULL, region_id smallint NOT NULL,
    province_id smallint NOT NULL, PRIMARY KEY (school_year_id, region_id, province_id)) ON COMMIT DROP`);
  await tx('TRUNCATE analytics_target_province');
  await tx(TARGET_PROVINCES);
  await tx('ANALYZE analytics_target_province');
  const statements: [string, [string, string]][] = [
    ...CELL_TABLES.map((table): [string, [string, string]] => [table, CELL_STATEMENTS[table]]),
    ...PROVINCE_TABLES.map((table): [string, [string, string]] => [table, PROVINCE_STATEMENTS[table]]),
  ];
  for (const [table, [remove, insert]] of statements) {
    const started = performance.now();
    await tx(remove);
    await tx(insert);
    onTable?.(table, performance.now() - started);
  }
}
