import { type EntityManager } from 'typeorm';
import { computeClassResults } from '../../modules/evaluation/results.service.js';

/** Where the class council promotes anyway a pupil the policy proposed to repeat (a common "rachat"). */
const COUNCIL_PROMOTES_FROM = 9;

/**
 * One class's year, closed as the year rollover expects it: S2 marked like S1 (its two tests
 * moved inside S2), both terms locked, and the class council's decisions confirmed from the
 * policy's proposals — mostly PROMOTED, some REPEAT. Its pupils are none of the demo family's,
 * so the grades journey (S2 of 1AC-1 open) and the parent's results are untouched.
 */
export async function closeDemoYear(tx: EntityManager, classId: number, yearId: number, directorAccountId: number): Promise<void> {
  await tx.query(
    `UPDATE assessment a SET held_on = t.starts_on + 14 + 35 * (a.number - 1)
     FROM term t WHERE t.school_year_id = a.school_year_id AND t.code = a.term AND a.class_id = $1 AND a.term = 'S2'`,
    [classId],
  );
  // The marks of demo-seed's S1, in the same way: ability per pupil plus noise per test.
  await tx.query(
    `INSERT INTO grade (school_id, school_year_id, assessment_id, student_id, value, absence)
     SELECT a.school_id, a.school_year_id, a.id, e.student_id,
            CASE WHEN x.h % 41 <> 0 THEN round(least(20, 4 + (abs(hashtext(e.student_id::text)) % 900) / 100.0 + (x.h % 500) / 100.0) * 4) / 4 END,
            CASE WHEN x.h % 41 = 0 THEN 'JUSTIFIED' END
     FROM assessment a JOIN enrolment e ON e.class_id = a.class_id AND e.school_year_id = a.school_year_id
     CROSS JOIN LATERAL (SELECT abs(hashtext(e.student_id || ':' || a.id)) AS h) x
     WHERE a.class_id = $1 AND a.term = 'S2'`,
    [classId],
  );
  await tx.query(
    `UPDATE term_status SET status = 'LOCKED', locked_at = now(), locked_by = $3 WHERE class_id = $1 AND school_year_id = $2`,
    [classId, yearId, directorAccountId],
  );
  await confirmDecisions(tx, classId, yearId, directorAccountId);
}

/** The council's decisions: the proposal, except a pupil proposed to repeat with a year average of 9 or more is promoted. */
async function confirmDecisions(tx: EntityManager, classId: number, yearId: number, directorAccountId: number): Promise<void> {
  const year = await computeClassResults(tx, classId, yearId, null);
  const rows = year.rows.map((r) => {
    const proposed: string | null = r.decision;
    const rescued = proposed === 'REPEAT' && (r.generalAverage ?? 0) >= COUNCIL_PROMOTES_FROM;
    return { studentId: r.studentId, proposed, decision: rescued || !proposed ? 'PROMOTED' : proposed, note: rescued ? 'Rachat du conseil de classe' : null };
  });
  await tx.query(
    `INSERT INTO year_decision (school_id, school_year_id, class_id, student_id, decision, proposed_decision, confirmed_by, note)
     SELECT c.school_id, c.school_year_id, c.id, r.student_id, r.decision, r.proposed, $2, r.note
     FROM school_class c, unnest($3::bigint[], $4::text[], $5::text[], $6::text[]) AS r(student_id, decision, proposed, note)
     WHERE c.id = $1`,
    [classId, directorAccountId, rows.map((r) => r.studentId), rows.map((r) => r.decision), rows.map((r) => r.proposed), rows.map((r) => r.note)],
  );
}
