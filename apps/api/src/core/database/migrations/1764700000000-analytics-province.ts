import { type MigrationInterface, type QueryRunner } from 'typeorm';

// Analytics (module analytics): the school cells summed over the schools of a province, milieu
// and sector (the same additive measures, the same finer dimensions). A slice without a school,
// not broken down by school, reads these: at the national scope a SUM over a few thousand rows
// instead of every school's cells (issue 12: p95 ≤ 20 ms at 1,000,000 pupils). The refresher and
// the rebuild recompute a province's rows from its school cells in the transaction that
// recomputes those (analytics/rollup-cells.ts). The support rows also carry whether the
// programme pays cash, so that their statement needs no join. The integrity watch compares
// schools: it has no province table.
const DIMS = `
  school_year_id smallint NOT NULL,
  region_id smallint NOT NULL,
  province_id smallint NOT NULL,
  milieu text NOT NULL,
  sector text NOT NULL`;

export class AnalyticsProvince1764700000000 implements MigrationInterface {
  name = 'AnalyticsProvince1764700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE analytics_pupil_province (${DIMS},
        level_id smallint NOT NULL,
        cycle text NOT NULL,
        gender char(1) NOT NULL,
        enrolled integer NOT NULL,
        new_entrants integer NOT NULL,
        repeaters integer NOT NULL,
        scheduled_minutes bigint NOT NULL,
        absent_minutes bigint NOT NULL,
        justified_minutes bigint NOT NULL,
        PRIMARY KEY (school_year_id, province_id, milieu, sector, level_id, gender)
      );

      -- The schools' cells of a level × gender × term may name a certificate or none: one row each.
      CREATE TABLE analytics_result_province (${DIMS},
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
        certificate_passed integer NOT NULL
      );
      CREATE UNIQUE INDEX analytics_result_province_key ON analytics_result_province
        (school_year_id, province_id, milieu, sector, level_id, gender, term, certificate) NULLS NOT DISTINCT;

      CREATE TABLE analytics_class_province (${DIMS},
        level_id smallint NOT NULL,
        cycle text NOT NULL,
        classes integer NOT NULL,
        pupils integer NOT NULL,
        overcrowded integer NOT NULL,
        size_bins integer[] NOT NULL CHECK (cardinality(size_bins) = 5),
        PRIMARY KEY (school_year_id, province_id, milieu, sector, level_id)
      );

      -- Each school's distinct teachers, summed (a teacher in two schools counts in both).
      CREATE TABLE analytics_school_province (${DIMS},
        teachers integer NOT NULL,
        pupils integer NOT NULL,
        PRIMARY KEY (school_year_id, province_id, milieu, sector)
      );

      CREATE TABLE analytics_support_province (${DIMS},
        level_id smallint NOT NULL,
        cycle text NOT NULL,
        gender char(1) NOT NULL,
        programme_id smallint NOT NULL,
        cash boolean NOT NULL,
        eligible integer NOT NULL,
        beneficiaries integer NOT NULL,
        amount numeric NOT NULL,
        PRIMARY KEY (school_year_id, province_id, milieu, sector, level_id, gender, programme_id)
      );
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE analytics_support_province, analytics_school_province, analytics_class_province, analytics_result_province, analytics_pupil_province');
  }
}
