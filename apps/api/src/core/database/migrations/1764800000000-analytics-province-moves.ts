import { type MigrationInterface, type QueryRunner } from 'typeorm';

// Analytics: every cell carries its school's region, and the territorial accounts' scope reads
// it. A province moved to another region (rare: a territorial reform) marks all its schools, in
// every year, for the refresher, so that the figures and the scopes follow it.
export class AnalyticsProvinceMoves1764800000000 implements MigrationInterface {
  name = 'AnalyticsProvinceMoves1764800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION analytics_mark_province() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO analytics_change (school_id, school_year_id)
        SELECT s.id, y.id FROM analytics_new x JOIN analytics_old o ON o.id = x.id AND o.region_id IS DISTINCT FROM x.region_id
          JOIN school s ON s.province_id = x.id CROSS JOIN school_year y;
        RETURN NULL;
      END $$;
      CREATE TRIGGER province_analytics_upd AFTER UPDATE ON province REFERENCING OLD TABLE AS analytics_old NEW TABLE AS analytics_new
        FOR EACH STATEMENT EXECUTE FUNCTION analytics_mark_province();
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TRIGGER province_analytics_upd ON province; DROP FUNCTION analytics_mark_province();');
  }
}
