import { type MigrationInterface, type QueryRunner } from 'typeorm';

// Term results read every grade of a class's assessments (modules/evaluation/results.service.ts):
// one index scan per assessment that carries what the computation needs, so that it need not
// visit the heap once the visibility map is set.
export class ResultsIndexes1764200000000 implements MigrationInterface {
  name = 'ResultsIndexes1764200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX grade_results_idx ON grade(assessment_id, school_year_id) INCLUDE (student_id, value, absence)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX grade_results_idx`);
  }
}
