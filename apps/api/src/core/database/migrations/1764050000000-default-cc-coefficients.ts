import { type MigrationInterface, type QueryRunner } from 'typeorm';

// No source gives the 2BAC continuous-assessment (CC) coefficients (apps/api/data/
// SOURCES_curriculum.md, "still unverified" 2), yet the bac's 25 % CC part needs a 2BAC year
// average. Default, marked as such in `source` and correctable like any coefficient: each
// 2BAC stream's CC coefficients are its national-exam coefficients.
const SOURCE = 'DEFAULT (UNVERIFIED): national exam coefficients; 2BAC CC coefficients not found';

export class DefaultCcCoefficients1764050000000 implements MigrationInterface {
  name = 'DefaultCcCoefficients1764050000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `INSERT INTO subject_coefficient (level_id, stream_id, subject_id, exam, coefficient, source)
       SELECT n.level_id, n.stream_id, n.subject_id, 'CC', n.coefficient, $1
       FROM subject_coefficient n JOIN level l ON l.id = n.level_id
       WHERE l.code = '2BAC' AND n.exam = 'NATIONAL' AND n.from_year IS NULL
         AND NOT EXISTS (SELECT 1 FROM subject_coefficient cc
                         WHERE cc.level_id = n.level_id AND cc.stream_id IS NOT DISTINCT FROM n.stream_id AND cc.exam = 'CC')`,
      [SOURCE],
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DELETE FROM subject_coefficient WHERE source = $1', [SOURCE]);
  }
}
