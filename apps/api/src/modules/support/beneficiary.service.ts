import { type DataSource } from 'typeorm';
import { reach } from '../../core/auth/rules.js';
import { type Viewer } from '../../core/auth/viewer.js';
import { DomainError, ErrorCode } from '../../core/errors.js';
import { checkCodes } from '../enrolment/class-assignment.service.js';
import { onRoster } from '../enrolment/roster.js';
import { resolveSchoolYear } from '../schooling/school-year.service.js';
import { beneficiaryColumns, beneficiaryRemoveRule, beneficiaryWriteRule } from './support.access.js';
import { SupportErrorReason } from './support.errors.js';
import { failingRuleSql, programmeByCode } from './support-programme.service.js';
import { Beneficiary, type EligibilityRule, type FamilySituation } from './support.types.js';


/** One refused row: its position in codesMassar, the code as read, why (and the failing rule). */
interface RowProblem { index: number; codeMassar: string; reason: SupportErrorReason; rule?: EligibilityRule; message: string }

export interface BeneficiaryRecord {
  id: string; programme_id: number; school_year_id: number; student_id: string; school_id: number; level_id: number;
  family_situations: FamilySituation[]; added_at: Date; year: string;
}

/** The columns of a beneficiary (alias b) as toBeneficiary reads them. */
export const BENEFICIARY_SELECT = `b.id::text AS id, b.programme_id, b.school_year_id, b.student_id::text AS student_id, b.school_id, b.level_id,
  b.family_situations, b.added_at, (SELECT y.name FROM school_year y WHERE y.id = b.school_year_id) AS year`;

export function toBeneficiary(r: BeneficiaryRecord): Beneficiary {
  return Object.assign(new Beneficiary(), {
    id: String(r.id), programmeId: r.programme_id, schoolYearId: r.school_year_id, studentId: String(r.student_id), schoolId: r.school_id,
    levelId: r.level_id, familySituations: r.family_situations, addedAt: r.added_at, year: r.year,
  });
}

/** BAD_USER_INPUT naming the first bad row, with every bad row listed (as moveStudents and recordGrades do). */
function badRows(problems: RowProblem[]): DomainError {
  const [first] = problems;
  return new DomainError(ErrorCode.BAD_USER_INPUT, `Row ${first.index + 1} (${first.codeMassar}): ${first.message}`, {
    field: 'codesMassar', path: `codesMassar.${first.index}`, reason: first.reason, index: first.index, codeMassar: first.codeMassar,
    ...(first.rule ? { rule: first.rule } : {}),
    rows: problems.map(({ index, codeMassar, reason, rule }) => ({ index, codeMassar, reason, rule: rule ?? null })),
  });
}

interface Candidate { student_id: string | null; school_id: number | null; level_id: number | null; failing: EligibilityRule | null; listed: boolean }

/**
 * Lists pupils in a programme for a year, all or nothing. Each must be enrolled that year (on a
 * class roster) at a school whose registry the viewer is; an unknown code and another school's
 * pupil read the same (NOT_SCHOOL_PUPIL). Refused rows, every one listed: twice in the programme
 * and year (ALREADY_BENEFICIARY; the unique constraint settles a race as CONFLICT), ineligible
 * (NOT_ELIGIBLE with the first rule that fails).
 */
export async function addBeneficiaries(
  db: DataSource, viewer: Viewer, input: { programmeCode: string; year: string; codesMassar: string[]; familySituations?: FamilySituation[] },
): Promise<Beneficiary[]> {
  const codes = checkCodes(input.codesMassar);
  const programme = await programmeByCode(db, input.programmeCode);
  const year = await resolveSchoolYear(db, input.year);
  const situations = [...new Set(input.familySituations ?? [])];
  return db.transaction(async (tx) => {
    const rows: Candidate[] = await tx.query(
      `SELECT s.id::text AS student_id, e.school_id, c.level_id, ${failingRuleSql('$4::text[]')} AS failing,
              EXISTS (SELECT 1 FROM support_beneficiary x WHERE x.programme_id = p.id AND x.school_year_id = $3 AND x.student_id = s.id) AS listed
       FROM unnest($1::text[]) WITH ORDINALITY AS r(code, ord)
       CROSS JOIN support_programme p
       LEFT JOIN student s ON s.code_massar = r.code
       LEFT JOIN enrolment e ON e.student_id = s.id AND e.school_year_id = $3 AND ${onRoster('e')} AND ${reach(beneficiaryWriteRule, viewer, 'e.school_id')}
       LEFT JOIN school_class c ON c.id = e.class_id
       LEFT JOIN level l ON l.id = c.level_id
       LEFT JOIN school sc ON sc.id = e.school_id
       WHERE p.id = $2
       ORDER BY r.ord`,
      [codes, programme.id, year.id, situations],
    );
    const problems = rows.flatMap((row, index): RowProblem[] => {
      const codeMassar = codes[index];
      if (!row.school_id) return [{ index, codeMassar, reason: SupportErrorReason.NOT_SCHOOL_PUPIL, message: 'No pupil of your school has this code that year' }];
      if (row.listed) return [{ index, codeMassar, reason: SupportErrorReason.ALREADY_BENEFICIARY, message: `This pupil is already a beneficiary of ${programme.code} this year` }];
      if (row.failing) return [{ index, codeMassar, reason: SupportErrorReason.NOT_ELIGIBLE, rule: row.failing, message: `This pupil is not eligible (${row.failing})` }];
      return [];
    });
    if (problems.length) throw badRows(problems);
    const inserted: BeneficiaryRecord[] = await tx.query(
      `INSERT INTO support_beneficiary AS b (programme_id, school_year_id, student_id, school_id, level_id, family_situations, added_by)
       SELECT $1, $2, r.student_id, r.school_id, r.level_id, $6::text[], $7 FROM unnest($3::bigint[], $4::int[], $5::smallint[]) AS r(student_id, school_id, level_id)
       ON CONFLICT (programme_id, school_year_id, student_id) DO NOTHING
       RETURNING ${BENEFICIARY_SELECT}`,
      [programme.id, year.id, rows.map((r) => r.student_id), rows.map((r) => r.school_id), rows.map((r) => r.level_id), situations, viewer.accountId],
    );
    // Another list took one of these pupils meanwhile: nothing of this one stays.
    if (inserted.length !== rows.length) throw new DomainError(ErrorCode.CONFLICT, 'A pupil of this list was just listed by someone else', { reason: SupportErrorReason.ALREADY_BENEFICIARY });
    const order = new Map(rows.map((r, i) => [r.student_id, i]));
    return inserted.map(toBeneficiary).sort((a, b) => order.get(a.studentId)! - order.get(b.studentId)!);
  });
}

/**
 * Takes pupils off a programme's list for a year, all or nothing: each must be on it, listed by a
 * school whose registry the viewer is or, after a transfer that year, by a former school of a pupil
 * the viewer's school has now (else NOT_BENEFICIARY, the same for another school's pupil).
 */
export async function removeBeneficiaries(db: DataSource, viewer: Viewer, input: { programmeCode: string; year: string; codesMassar: string[] }): Promise<number> {
  const codes = checkCodes(input.codesMassar);
  const programme = await programmeByCode(db, input.programmeCode);
  const year = await resolveSchoolYear(db, input.year);
  return db.transaction(async (tx) => {
    const removed: { code: string }[] = await tx.query(
      // In a CTE so that the driver answers rows (a bare DELETE answers [rows, count]).
      `WITH gone AS (
         DELETE FROM support_beneficiary b USING student s
         WHERE s.code_massar = ANY($1::text[]) AND b.student_id = s.id AND b.programme_id = $2 AND b.school_year_id = $3
           AND ${reach(beneficiaryRemoveRule, viewer, beneficiaryColumns('b'))}
         RETURNING s.code_massar AS code
       ) SELECT code FROM gone`,
      [codes, programme.id, year.id],
    );
    const gone = new Set(removed.map((r) => r.code));
    const problems = codes.flatMap((codeMassar, index): RowProblem[] =>
      gone.has(codeMassar) ? [] : [{ index, codeMassar, reason: SupportErrorReason.NOT_BENEFICIARY, message: `This pupil is not a beneficiary of ${programme.code} that year at your school` }]);
    // Throwing inside the transaction puts every deleted row back.
    if (problems.length) throw badRows(problems);
    return removed.length;
  });
}
