import { type DataSource, type EntityManager } from 'typeorm';
import { Term, TermStatus } from './evaluation.enums.js';
import { type StudentResultRow, termResults, yearResults } from './results.compute.js';
import { EVERY_PUPIL, loadClassInputs } from './results.service.js';

/*
 * The results families were shown. publishTerm stores them (published_result) in the transaction
 * that publishes the term and reopenTerm deletes them, so PARENT and PUPIL read a few stored rows
 * instead of recomputing the class on every request. The effect is intended: a rule or
 * coefficient correction made after publication does not change what families see until the
 * director reopens and publishes the term again; staff keep the live computation.
 */

/** A term, or the year ('YEAR' in published_result.term). */
export type Period = Term | 'YEAR';
export const YEAR = 'YEAR' as const;

export const periodOf = (term: Term | null | undefined): Period => term ?? YEAR;
export const termOf = (period: Period): Term | null => (period === YEAR ? null : period);

type Db = DataSource | EntityManager;

/**
 * Stores the results of the term being published, in the caller's transaction. The year's are
 * shown once S2 is published: stored with S2, and stored again when S1 is republished after a
 * correction while S2 stays published (they depend on both terms).
 */
export async function publishResults(tx: EntityManager, classId: number, yearId: number, term: Term): Promise<void> {
  await storeResults(tx, yearId, [classId], [term, ...((await s2Published(tx, classId, yearId, term)) ? [YEAR] : [])]);
}

/** Withdraws what a reopened term had published; reopening S2 withdraws the year's too. */
export async function withdrawResults(tx: EntityManager, classId: number, yearId: number, term: Term): Promise<void> {
  await tx.query('DELETE FROM published_result WHERE class_id = $1 AND school_year_id = $2 AND term = ANY($3::text[])', [
    classId, yearId, term === Term.S2 ? [Term.S2, YEAR] : [term],
  ]);
}

async function s2Published(tx: EntityManager, classId: number, yearId: number, term: Term): Promise<boolean> {
  if (term === Term.S2) return true;
  const [s2]: { status: TermStatus }[] = await tx.query(
    `SELECT status FROM term_status WHERE class_id = $1 AND school_year_id = $2 AND term = 'S2'`,
    [classId, yearId],
  );
  return s2?.status === TermStatus.PUBLISHED;
}

/**
 * Computes the periods' results of the classes (of one school year) in one pass over their
 * grades (the live computation, every pupil: readers filter by scope) and replaces their stored
 * rows: one DELETE, one INSERT … SELECT FROM jsonb_to_recordset. Also used by the benchmark,
 * whose data is published by SQL.
 */
export async function storeResults(db: Db, yearId: number, classIds: number[], periods: Period[]): Promise<void> {
  // Every pupil of the class is stored; who may read a row is decided when it is read.
  const inputs = await loadClassInputs(db, classIds, [yearId], EVERY_PUPIL);
  const records = [...inputs].flatMap(([classId, input]) =>
    periods.flatMap((period) => (period === YEAR ? yearResults(input) : termResults(input, period)).map(toRecord(classId, period))),
  );
  await db.query('DELETE FROM published_result WHERE class_id = ANY($1::int[]) AND term = ANY($2::text[])', [classIds, periods]);
  if (!records.length) return;
  await db.query(
    `INSERT INTO published_result (school_id, school_year_id, class_id, student_id, term, general_average, rank, class_average,
                                   subjects, derivation, certificate, proposed_decision)
     SELECT c.school_id, c.school_year_id, c.id, r.student_id, r.term, r.general_average, r.rank, r.class_average,
            r.subjects, r.derivation, r.certificate, r.proposed_decision
     FROM jsonb_to_recordset($1::jsonb) AS r(class_id integer, student_id bigint, term text, general_average numeric, rank integer,
                                             class_average numeric, subjects jsonb, derivation jsonb, certificate jsonb, proposed_decision text)
     JOIN school_class c ON c.id = r.class_id`,
    [JSON.stringify(records)],
  );
}

const toRecord = (classId: number, period: Period) => (r: StudentResultRow) => ({
  class_id: classId, student_id: r.studentId, term: period, general_average: r.generalAverage, rank: r.rank, class_average: r.classAverage,
  subjects: r.subjects, derivation: r.derivation, certificate: r.certificate, proposed_decision: r.decision,
});
