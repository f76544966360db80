import { type MigrationInterface, type QueryRunner } from 'typeorm';

// Evaluation: assessments, grades (partitioned by school year like enrolment), the state of
// each class × term (OPEN → LOCKED → PUBLISHED), an append-only audit of grade changes, and the
// grading policy as versioned data. A term is written as (school_year_id, term) so that rows
// carry their year (partition key) and the term code without a join. Actor columns (created_by,
// recorded_by, locked_by, changed_by…) hold account ids without a foreign key: the append-only
// audit must outlive the accounts it names, and cannot be rewritten by ON DELETE SET NULL.
export class Evaluation1763900000000 implements MigrationInterface {
  name = 'Evaluation1763900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE assessment (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        school_id integer NOT NULL REFERENCES school(id),
        class_id integer NOT NULL REFERENCES school_class(id),
        subject_id smallint NOT NULL REFERENCES subject(id),
        school_year_id smallint NOT NULL,
        term text NOT NULL,
        kind text NOT NULL CHECK (kind IN ('CONTINUOUS', 'INTEGRATED_ACTIVITY', 'LOCAL_EXAM', 'PROVINCIAL_EXAM', 'REGIONAL_EXAM', 'NATIONAL_EXAM')),
        number smallint NOT NULL CHECK (number BETWEEN 1 AND 20),
        held_on date NOT NULL,
        created_by integer,
        created_at timestamptz NOT NULL DEFAULT now(),
        FOREIGN KEY (school_year_id, term) REFERENCES term(school_year_id, code),
        UNIQUE (class_id, school_year_id, term, subject_id, kind, number)
      );
      CREATE INDEX assessment_school_idx ON assessment(school_id, school_year_id, term);
      CREATE INDEX assessment_subject_idx ON assessment(subject_id, school_year_id);

      -- One row per pupil per assessment: a mark /20 with two decimals, or an absence.
      CREATE TABLE grade (
        school_id integer NOT NULL REFERENCES school(id),
        school_year_id smallint NOT NULL REFERENCES school_year(id),
        assessment_id bigint NOT NULL REFERENCES assessment(id),
        student_id bigint NOT NULL REFERENCES student(id),
        value numeric(4,2) CHECK (value BETWEEN 0 AND 20),
        absence text CHECK (absence IN ('JUSTIFIED', 'UNJUSTIFIED')),
        recorded_by integer,
        recorded_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((value IS NULL) <> (absence IS NULL)),
        -- The partition key must be part of the key; an assessment belongs to one year, so this
        -- is UNIQUE (assessment_id, student_id), and it serves "grades of an assessment".
        PRIMARY KEY (assessment_id, student_id, school_year_id)
      ) PARTITION BY LIST (school_year_id);
      CREATE TABLE grade_default PARTITION OF grade DEFAULT;
      CREATE INDEX grade_student_idx ON grade(student_id, school_year_id);
      CREATE INDEX grade_school_idx ON grade(school_id, school_year_id);

      -- Absent row = OPEN. Created with the first assessment of the class × term, so that grade
      -- writers can lock it FOR SHARE against a concurrent lockTerm.
      CREATE TABLE term_status (
        class_id integer NOT NULL REFERENCES school_class(id),
        school_year_id smallint NOT NULL,
        term text NOT NULL,
        school_id integer NOT NULL REFERENCES school(id),
        status text NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'LOCKED', 'PUBLISHED')),
        locked_by integer,
        locked_at timestamptz,
        published_by integer,
        published_at timestamptz,
        reopened_by integer,
        reopened_at timestamptz,
        reopen_reason text,
        PRIMARY KEY (class_id, school_year_id, term),
        FOREIGN KEY (school_year_id, term) REFERENCES term(school_year_id, code)
      );
      CREATE INDEX term_status_school_idx ON term_status(school_id, school_year_id, term, status);
      -- Whatever path creates an assessment (API, seed, import), its class × term gets its row.
      CREATE FUNCTION term_status_ensure() RETURNS trigger AS $$
      BEGIN
        INSERT INTO term_status (class_id, school_year_id, term, school_id)
        SELECT DISTINCT class_id, school_year_id, term, school_id FROM added ON CONFLICT DO NOTHING;
        RETURN NULL;
      END $$ LANGUAGE plpgsql;
      CREATE TRIGGER assessment_term_status AFTER INSERT ON assessment REFERENCING NEW TABLE AS added
        FOR EACH STATEMENT EXECUTE FUNCTION term_status_ensure();

      -- Who changed which grade, when, from what to what, and why. Written by the trigger on
      -- grade so that no path (API, import, psql) escapes it; the actor and reason come from
      -- transaction-local settings massar.actor / massar.reason.
      CREATE TABLE grade_audit (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        school_id integer NOT NULL REFERENCES school(id),
        assessment_id bigint NOT NULL REFERENCES assessment(id),
        student_id bigint NOT NULL REFERENCES student(id),
        changed_by integer,
        changed_at timestamptz NOT NULL DEFAULT now(),
        old_value numeric(4,2),
        old_absence text,
        new_value numeric(4,2),
        new_absence text,
        reason text
      );
      CREATE INDEX grade_audit_assessment_idx ON grade_audit(assessment_id, student_id, changed_at);
      CREATE INDEX grade_audit_school_idx ON grade_audit(school_id, changed_at);

      CREATE FUNCTION grade_audit_refuse() RETURNS trigger AS $$
      BEGIN
        RAISE EXCEPTION 'grade_audit is append-only' USING ERRCODE = 'insufficient_privilege';
      END $$ LANGUAGE plpgsql;
      CREATE TRIGGER grade_audit_append_only BEFORE UPDATE OR DELETE ON grade_audit FOR EACH ROW EXECUTE FUNCTION grade_audit_refuse();
      CREATE TRIGGER grade_audit_no_truncate BEFORE TRUNCATE ON grade_audit FOR EACH STATEMENT EXECUTE FUNCTION grade_audit_refuse();

      CREATE FUNCTION grade_audit_write() RETURNS trigger AS $$
      BEGIN
        INSERT INTO grade_audit (school_id, assessment_id, student_id, changed_by, old_value, old_absence, new_value, new_absence, reason)
        VALUES (OLD.school_id, OLD.assessment_id, OLD.student_id, nullif(current_setting('massar.actor', true), '')::integer,
                OLD.value, OLD.absence,
                CASE WHEN TG_OP = 'UPDATE' THEN NEW.value END, CASE WHEN TG_OP = 'UPDATE' THEN NEW.absence END,
                nullif(current_setting('massar.reason', true), ''));
        RETURN NULL;
      END $$ LANGUAGE plpgsql;
      CREATE TRIGGER grade_changed AFTER UPDATE ON grade FOR EACH ROW
        WHEN (OLD.value IS DISTINCT FROM NEW.value OR OLD.absence IS DISTINCT FROM NEW.absence)
        EXECUTE FUNCTION grade_audit_write();
      CREATE TRIGGER grade_deleted AFTER DELETE ON grade FOR EACH ROW EXECUTE FUNCTION grade_audit_write();

      -- Rules as data, versioned by the first school year they apply to: a change for next year
      -- is a new row, so last year's results are never recomputed with new rules.
      CREATE TABLE grading_policy (
        id smallint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        level_id smallint NOT NULL REFERENCES level(id),
        stream_id smallint REFERENCES stream(id),
        from_year text NOT NULL CHECK (from_year ~ '^[0-9]{4}-[0-9]{4}$'),
        rules jsonb NOT NULL,
        source text NOT NULL,
        UNIQUE NULLS NOT DISTINCT (level_id, stream_id, from_year)
      );

      CREATE OR REPLACE FUNCTION create_school_year_partitions(year_id smallint) RETURNS void AS $$
      BEGIN
        EXECUTE format('CREATE TABLE IF NOT EXISTS enrolment_y%s PARTITION OF enrolment FOR VALUES IN (%s)', year_id, year_id);
        EXECUTE format('CREATE TABLE IF NOT EXISTS grade_y%s PARTITION OF grade FOR VALUES IN (%s)', year_id, year_id);
      END $$ LANGUAGE plpgsql;
      SELECT create_school_year_partitions(id) FROM school_year;
    `);
    for (const p of GRADING_POLICIES_2025) {
      await q.query(
        `INSERT INTO grading_policy (level_id, from_year, rules, source) SELECT id, '2025-2026', $2::jsonb, $3 FROM level WHERE code = ANY($1)`,
        [p.levels, JSON.stringify(p.rules), p.source],
      );
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TABLE grading_policy, grade_audit, term_status, grade, assessment CASCADE;
      DROP FUNCTION grade_audit_write(), grade_audit_refuse(), term_status_ensure();
      CREATE OR REPLACE FUNCTION create_school_year_partitions(year_id smallint) RETURNS void AS $$
      BEGIN
        EXECUTE format('CREATE TABLE IF NOT EXISTS enrolment_y%s PARTITION OF enrolment FOR VALUES IN (%s)', year_id, year_id);
      END $$ LANGUAGE plpgsql;
    `);
  }
}

// The rules in force from 2025-2026, frozen here as this migration's data (the module reads
// them from grading_policy; modules/evaluation/grading-policy.ts documents the shape). Source ids
// S01…S43 are those of the curriculum sources note (apps/api/data/SOURCES_curriculum.md, "1. Source list").
const CC_KINDS = ['CONTINUOUS', 'INTEGRATED_ACTIVITY'];
const BASE = {
  // Massar's CC sheet: up to 4 controls + 1 "activités intégrées" mark per subject and term (S41);
  // the term subject average is their mean (DESIGN vocabulary "average").
  termKinds: CC_KINDS,
  // S12: "absence from an exam gives 0". Applied to every assessment; a justified absence is
  // left out of the mean. UNVERIFIED for continuous-assessment tests: set EXCLUDE to change it.
  unjustifiedAbsence: 'ZERO',
  // Primary subjects have no per-subject coefficient in any source found: equal weights.
  defaultCoefficient: 1,
  // Year average = mean of the S1 and S2 general averages. UNVERIFIED default.
  year: { S1: 1, S2: 1, exams: [] as { kind: string; weight: number }[] },
  // Promotion at 10/20. UNVERIFIED default: class councils set their own threshold.
  promotion: { passMark: 10 },
};

const GRADING_POLICIES_2025: { levels: string[]; source: string; rules: object }[] = [
  { levels: ['1AP', '2AP', '3AP', '4AP', '5AP', '1AC', '2AC', 'TC'], source: 'S16 S41; defaults UNVERIFIED', rules: BASE },
  {
    levels: ['6AP'],
    // CEP = CC + school-level unified exam + provincial exam (S16). The weights are NOT
    // confirmed by any source: this explicit default (25/25/50, the bac's shape) is configurable.
    source: 'S16; weights UNVERIFIED default',
    rules: {
      ...BASE,
      certificate: {
        name: 'CEP',
        components: [{ source: 'YEAR', weight: 25 }, { source: 'LOCAL_EXAM', weight: 25 }, { source: 'PROVINCIAL_EXAM', weight: 50 }],
        passMark: 10,
      },
    },
  },
  {
    levels: ['3AC'],
    // Certificat du cycle collégial = (3·CC + 3·local + 4·regional)/10, pass at 10 (S11, S12, S13).
    source: 'S11 S12 S13',
    rules: {
      ...BASE,
      certificate: {
        name: 'CEC',
        components: [{ source: 'YEAR', weight: 3 }, { source: 'LOCAL_EXAM', weight: 3 }, { source: 'REGIONAL_EXAM', weight: 4 }],
        passMark: 10,
      },
    },
  },
  {
    levels: ['1BAC'],
    // 1BAC year average = (1.5·S1 + 1.5·S2 + 1·regional)/4 (S03, single source, UNVERIFIED).
    source: 'S03 (UNVERIFIED)',
    rules: { ...BASE, year: { S1: 1.5, S2: 1.5, exams: [{ kind: 'REGIONAL_EXAM', weight: 1 }] } },
  },
  {
    levels: ['2BAC'],
    source: 'S01 S09 S10; catch-up and honours bands UNVERIFIED',
    rules: {
      ...BASE,
      certificate: {
        name: 'BAC',
        // 25 % CC (2BAC year) + 25 % regional exam (1BAC) + 50 % national exam (S01, S09, S10);
        // each exam average weighted by the stream's exam coefficients (subject_coefficient).
        components: [
          { source: 'YEAR', weight: 25 },
          { source: 'REGIONAL_EXAM', weight: 25, level: '1BAC' },
          { source: 'NATIONAL_EXAM', weight: 50 },
        ],
        passMark: 10,
        // 7 ≤ average < 10: catch-up session; each national subject keeps the higher of its
        // ordinary (assessment number 1) and catch-up (number 2) marks. UNVERIFIED threshold.
        catchUp: { from: 7, sessionNumber: 2 },
        // Mentions: Passable 10–12, Assez bien 12–14, Bien 14–16, Très bien ≥ 16. UNVERIFIED.
        honours: [{ from: 16, label: 'TRES_BIEN' }, { from: 14, label: 'BIEN' }, { from: 12, label: 'ASSEZ_BIEN' }, { from: 10, label: 'PASSABLE' }],
      },
    },
  },
];
