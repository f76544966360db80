import { type MigrationInterface, type QueryRunner } from 'typeorm';

// Analytics (module analytics): roll-up tables of additive counts and sums, one row per cell of
// the finest slice the indicators need (school year × school × level × gender, or coarser where a
// measure has no gender or level), each carrying its school's territory, milieu and sector so
// that any slice is one indexed SUM. The domain modules must not import analytics (module
// order), so the database tells it what changed: statement triggers on the source tables append
// (school, school year) pairs to analytics_change, and the refresher recomputes those schools'
// cells (analytics/rollup-refresh.ts). Append-only, no upsert: two schools' grade saves never
// wait for each other on a queue row. A full rebuild (`npm run analytics:rebuild`) recomputes
// every cell with the same statements.
const DIMS = `
  school_year_id smallint NOT NULL,
  school_id integer NOT NULL,
  region_id smallint NOT NULL,
  province_id smallint NOT NULL,
  milieu text NOT NULL,
  sector text NOT NULL`;

/** Tables with school_id and school_year_id columns: their changes mark those pairs. */
const DIRECT_SOURCES = ['enrolment', 'published_result', 'year_decision', 'grade', 'roll_call', 'absence_record', 'support_beneficiary', 'school_class'];

const statementTriggers = (table: string, fn: string) => `
  CREATE TRIGGER ${table}_analytics_ins AFTER INSERT ON ${table} REFERENCING NEW TABLE AS analytics_new FOR EACH STATEMENT EXECUTE FUNCTION ${fn}();
  CREATE TRIGGER ${table}_analytics_upd AFTER UPDATE ON ${table} REFERENCING OLD TABLE AS analytics_old NEW TABLE AS analytics_new FOR EACH STATEMENT EXECUTE FUNCTION ${fn}();
  CREATE TRIGGER ${table}_analytics_del AFTER DELETE ON ${table} REFERENCING OLD TABLE AS analytics_old FOR EACH STATEMENT EXECUTE FUNCTION ${fn}();`;

/** A trigger function appending the distinct (school, year) pairs `pairs` selects from the transition table `rows`. */
const markFunction = (name: string, pairs: (rows: string) => string) => `
  CREATE FUNCTION ${name}() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    IF TG_OP = 'INSERT' THEN
      INSERT INTO analytics_change (school_id, school_year_id) ${pairs('analytics_new')};
    ELSIF TG_OP = 'UPDATE' THEN
      INSERT INTO analytics_change (school_id, school_year_id) ${pairs('analytics_new')} UNION ${pairs('analytics_old')};
    ELSE
      INSERT INTO analytics_change (school_id, school_year_id) ${pairs('analytics_old')};
    END IF;
    RETURN NULL;
  END $$;`;

export class Analytics1764600000000 implements MigrationInterface {
  name = 'Analytics1764600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      -- Thresholds are data (issue 12): the smallest count of pupils a figure may be computed
      -- from, the class size above which a class is overcrowded, the integrity watch's band.
      CREATE TABLE analytics_setting (
        id boolean PRIMARY KEY DEFAULT true CHECK (id),
        min_cell_pupils integer NOT NULL DEFAULT 10 CHECK (min_cell_pupils BETWEEN 1 AND 1000),
        overcrowded_above integer NOT NULL DEFAULT 40 CHECK (overcrowded_above > 0),
        integrity_band numeric(3,1) NOT NULL DEFAULT 2.0 CHECK (integrity_band > 0),
        refreshed_at timestamptz
      );
      INSERT INTO analytics_setting DEFAULT VALUES;

      CREATE TABLE analytics_change (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        school_id integer NOT NULL,
        school_year_id smallint NOT NULL,
        changed_at timestamptz NOT NULL DEFAULT now()
      );

      -- Pupils of a school × level × gender: enrolment flows, attendance.
      CREATE TABLE analytics_pupil_cell (${DIMS},
        level_id smallint NOT NULL,
        cycle text NOT NULL,
        gender char(1) NOT NULL,
        enrolled integer NOT NULL,
        new_entrants integer NOT NULL,
        repeaters integer NOT NULL,
        scheduled_minutes bigint NOT NULL,
        absent_minutes bigint NOT NULL,
        justified_minutes bigint NOT NULL,
        PRIMARY KEY (school_year_id, school_id, level_id, gender)
      );

      -- Published results of a school × level × gender × term: the general averages in ten bins of
      -- two points, and the certificate exam's candidates and successes (term YEAR).
      CREATE TABLE analytics_result_cell (${DIMS},
        level_id smallint NOT NULL,
        cycle text NOT NULL,
        gender char(1) NOT NULL,
        term text NOT NULL,
        results integer NOT NULL,
        average_sum numeric NOT NULL,
        at_least_10 integer NOT NULL,
        bins integer[] NOT NULL CHECK (cardinality(bins) = 10),
        certificate text,
        certificate_candidates integer NOT NULL,
        certificate_passed integer NOT NULL,
        PRIMARY KEY (school_year_id, school_id, level_id, gender, term)
      );

      -- Classes of a school × level: their sizes (the roster's count).
      CREATE TABLE analytics_class_cell (${DIMS},
        level_id smallint NOT NULL,
        cycle text NOT NULL,
        classes integer NOT NULL,
        pupils integer NOT NULL,
        overcrowded integer NOT NULL,
        size_bins integer[] NOT NULL CHECK (cardinality(size_bins) = 5),
        PRIMARY KEY (school_year_id, school_id, level_id)
      );

      -- Teachers of a school (distinct staff with a teaching assignment in the year's classes).
      CREATE TABLE analytics_school_cell (${DIMS},
        teachers integer NOT NULL,
        pupils integer NOT NULL,
        PRIMARY KEY (school_year_id, school_id)
      );

      -- Support programmes per school × level × gender: pupils eligible by the rules that need no
      -- declaration (milieu, cycle, level, school list), beneficiaries, and their amount per period.
      CREATE TABLE analytics_support_cell (${DIMS},
        level_id smallint NOT NULL,
        cycle text NOT NULL,
        gender char(1) NOT NULL,
        programme_id smallint NOT NULL,
        eligible integer NOT NULL,
        beneficiaries integer NOT NULL,
        amount numeric NOT NULL,
        PRIMARY KEY (school_year_id, school_id, level_id, gender, programme_id)
      );

      -- The integrity watch: per school × level, the pupils with both a continuous-assessment
      -- average and a regional or national exam mark, and the sums of each.
      CREATE TABLE analytics_integrity_cell (${DIMS},
        level_id smallint NOT NULL,
        cycle text NOT NULL,
        pupils integer NOT NULL,
        continuous_sum numeric NOT NULL,
        exam_sum numeric NOT NULL,
        PRIMARY KEY (school_year_id, school_id, level_id)
      );

      CREATE INDEX analytics_pupil_cell_region_idx ON analytics_pupil_cell (school_year_id, region_id, province_id);
      CREATE INDEX analytics_result_cell_region_idx ON analytics_result_cell (school_year_id, term, region_id, province_id);
      CREATE INDEX analytics_class_cell_region_idx ON analytics_class_cell (school_year_id, region_id, province_id);
      CREATE INDEX analytics_school_cell_region_idx ON analytics_school_cell (school_year_id, region_id, province_id);
      CREATE INDEX analytics_support_cell_region_idx ON analytics_support_cell (school_year_id, region_id, province_id);
      CREATE INDEX analytics_integrity_cell_region_idx ON analytics_integrity_cell (school_year_id, region_id, province_id);

      -- Every export of a table or a chart: who, what, when, with the filters written in the file.
      CREATE TABLE analytics_export (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        account_id integer NOT NULL,
        role text NOT NULL,
        exported_at timestamptz NOT NULL DEFAULT now(),
        what text NOT NULL CHECK (length(what) <= 100),
        format text NOT NULL CHECK (format IN ('CSV', 'XLSX', 'PNG')),
        filters jsonb NOT NULL,
        row_count integer NOT NULL CHECK (row_count >= 0)
      );
      CREATE INDEX analytics_export_account_idx ON analytics_export (account_id, exported_at);

      ${markFunction('analytics_mark_changed', (rows) => `SELECT DISTINCT school_id, school_year_id FROM ${rows}`)}
      ${markFunction('analytics_mark_assignment', (rows) => `SELECT DISTINCT c.school_id, c.school_year_id FROM ${rows} x JOIN school_class c ON c.id = x.class_id`)}
      ${markFunction('analytics_mark_justification', (rows) => `SELECT DISTINCT r.school_id, r.school_year_id FROM ${rows} x JOIN absence_record r ON r.justification_id = x.id`)}
      ${markFunction('analytics_mark_school', (rows) => `SELECT DISTINCT x.id, y.id FROM ${rows} x CROSS JOIN school_year y`)}
      ${markFunction('analytics_mark_student', (rows) => `SELECT DISTINCT e.school_id, e.school_year_id FROM ${rows} x JOIN enrolment e ON e.student_id = x.id`)}

      ${DIRECT_SOURCES.map((t) => statementTriggers(t, 'analytics_mark_changed')).join('\n')}
      ${statementTriggers('teaching_assignment', 'analytics_mark_assignment')}
      ${statementTriggers('absence_justification', 'analytics_mark_justification')}
      -- A school's milieu, sector or province, a pupil's gender: rare, but every cell follows them.
      CREATE TRIGGER school_analytics_upd AFTER UPDATE ON school REFERENCING OLD TABLE AS analytics_old NEW TABLE AS analytics_new
        FOR EACH STATEMENT EXECUTE FUNCTION analytics_mark_school();
      CREATE TRIGGER student_analytics_upd AFTER UPDATE ON student REFERENCING OLD TABLE AS analytics_old NEW TABLE AS analytics_new
        FOR EACH STATEMENT EXECUTE FUNCTION analytics_mark_student();
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    const tables = [...DIRECT_SOURCES, 'teaching_assignment', 'absence_justification'];
    await q.query(`
      ${tables.map((t) => ['ins', 'upd', 'del'].map((op) => `DROP TRIGGER ${t}_analytics_${op} ON ${t};`).join('\n')).join('\n')}
      DROP TRIGGER school_analytics_upd ON school;
      DROP TRIGGER student_analytics_upd ON student;
      DROP FUNCTION analytics_mark_changed(), analytics_mark_assignment(), analytics_mark_justification(), analytics_mark_school(), analytics_mark_student();
      DROP TABLE analytics_export, analytics_integrity_cell, analytics_support_cell, analytics_school_cell, analytics_class_cell,
        analytics_result_cell, analytics_pupil_cell, analytics_change, analytics_setting;
    `);
  }
}
