import { type DataSource, type EntityManager } from 'typeorm';

/** A subject of a class with its coefficient in one column (CC or an exam); null: the policy's default. */
export interface CoefficientRow {
  class_id: number;
  exam: string;
  subject_id: number;
  code: string;
  name_fr: string;
  name_ar: string;
  coefficient: string | null;
}

/**
 * The subjects of each class, per column, with their coefficients for its level, stream and
 * year, highest coefficient first. Where no continuous-assessment coefficient is on record for
 * the class's level and stream (1BAC ST, streams the sources do not cover: see
 * data/SOURCES_curriculum.md), its CC subjects are the ones taught in it, at the policy's
 * default coefficient, so that its results are still computed. One statement.
 */
export function coefficientRows(db: DataSource | EntityManager, classIds: number[]): Promise<CoefficientRow[]> {
  return db.query(
    `WITH class_year AS (
       SELECT c.id, c.level_id, c.stream_id, y.name AS year FROM school_class c JOIN school_year y ON y.id = c.school_year_id
       WHERE c.id = ANY($1::int[])
     ), on_record AS (
       SELECT cy.id AS class_id, sc.exam, sc.subject_id, sc.coefficient
       FROM class_year cy JOIN subject_coefficient_version sc ON sc.level_id = cy.level_id AND sc.stream_id IS NOT DISTINCT FROM cy.stream_id
         AND cy.year >= sc.valid_from AND cy.year < sc.valid_until
     )
     SELECT x.class_id, x.exam, x.subject_id, su.code, su.name_fr, su.name_ar, x.coefficient
     FROM (
       SELECT * FROM on_record
       UNION ALL
       SELECT DISTINCT t.class_id, 'CC', t.subject_id, NULL::numeric FROM teaching_assignment t
       WHERE t.class_id = ANY($1::int[]) AND NOT EXISTS (SELECT 1 FROM on_record r WHERE r.class_id = t.class_id AND r.exam = 'CC')
     ) x JOIN subject su ON su.id = x.subject_id
     ORDER BY x.coefficient DESC NULLS LAST, x.subject_id`,
    [classIds],
  );
}
