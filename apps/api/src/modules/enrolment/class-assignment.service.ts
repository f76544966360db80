import { parseCodeMassar } from '@massar/rules';
import { type DataSource, type EntityManager, In } from 'typeorm';
import { requireAccess, requireVisible } from '../../core/auth/rules.js';
import { type Viewer } from '../../core/auth/viewer.js';
import { DomainError, ErrorCode, notFound } from '../../core/errors.js';
import { PeopleErrorReason } from '../people/people.errors.js';
import { classRule } from '../schooling/schooling.access.js';
import { Enrolment } from './enrolment.entity.js';
import { classEnrolmentRule } from './enrolment.access.js';
import { EnrolmentErrorReason } from './enrolment.errors.js';
import { onRoster } from './roster.js';

/** One bad row of a move: its position in codesMassar, the code as read, why. */
export interface MoveRowProblem {
  index: number;
  codeMassar: string;
  reason: string;
  message: string;
}

interface TargetClass {
  id: number;
  name: string;
  school_id: number;
  school_year_id: number;
  level_id: number;
  stream_id: number | null;
}

/** A pupil to move: their ACTIVE enrolment in another class of the school that year. */
interface Mover {
  studentId: string;
  enrolmentId: string;
  classId: number;
  code: string;
}

/**
 * Moves pupils of a school into another of its classes for the same year, all or nothing: the
 * enrolment keeps its id, year and date, only its class changes (a class assignment is not a
 * change of school, so the pupil's history shows no new line). Refused, nothing written:
 * - a bad row (format, twice, not the school's pupil that year, already in the class), every one listed;
 * - CLASS_FULL when the class cannot take the whole batch;
 * - HAS_GRADES_IN_CLASS for pupils with grades in their class this year: grades belong to the
 *   class's assessments, and the results are computed on the roster, so moving the pupil would
 *   drop those grades from both classes' results. The school fixes the assignment before grading.
 */
export async function moveStudents(db: DataSource, viewer: Viewer, classId: number, rawCodes: string[]): Promise<Enrolment[]> {
  const codes = checkCodes(rawCodes);
  return db.transaction(async (tx) => {
    const target = await targetClass(tx, viewer, classId);
    const movers = await findMovers(tx, target, codes);
    const capacity = await lockClasses(tx, target.id, movers);
    await lockEnrolments(tx, target, movers);
    await checkCapacity(tx, target, capacity, movers.length);
    await refuseGraded(tx, target, movers);
    await tx.query(`UPDATE enrolment e SET class_id = $1 WHERE e.id = ANY($2::bigint[]) AND e.school_year_id = $3`, [
      target.id, movers.map((m) => m.enrolmentId), target.school_year_id,
    ]);
    const moved = await tx.getRepository(Enrolment).findBy({ id: In(movers.map((m) => m.enrolmentId)), schoolYearId: target.school_year_id });
    return movers.map((m) => moved.find((e) => e.id === m.enrolmentId)!);
  });
}

/** BAD_USER_INPUT naming the first bad row, with every bad row listed (as the class council's rows). */
export function badMoveRows(problems: MoveRowProblem[]): DomainError {
  const [first] = problems;
  return new DomainError(ErrorCode.BAD_USER_INPUT, `Row ${first.index + 1} (${first.codeMassar}): ${first.message}`, {
    field: 'codesMassar',
    path: `codesMassar.${first.index}`,
    reason: first.reason,
    index: first.index,
    codeMassar: first.codeMassar,
    rows: problems.map(({ index, codeMassar, reason }) => ({ index, codeMassar, reason })),
  });
}

/** The codes as stored; the rows that are malformed or repeated refused before any statement. */
export function checkCodes(rawCodes: string[]): string[] {
  const seen = new Set<string>();
  const problems: MoveRowProblem[] = [];
  const codes = rawCodes.map((raw, index) => {
    const code = parseCodeMassar(raw);
    const shown = code ?? raw.trim().toUpperCase();
    if (code === null) problems.push({ index, codeMassar: shown, reason: PeopleErrorReason.INVALID_CODE_MASSAR, message: 'A code Massar is one letter followed by nine digits' });
    else if (seen.has(code)) problems.push({ index, codeMassar: shown, reason: EnrolmentErrorReason.DUPLICATE_CODE, message: 'This pupil appears twice' });
    seen.add(shown);
    return shown;
  });
  if (problems.length) throw badMoveRows(problems);
  return codes;
}

/** The class, visible (else NOT_FOUND) and one the caller may enrol pupils in (else FORBIDDEN). */
async function targetClass(tx: EntityManager, viewer: Viewer, classId: number): Promise<TargetClass> {
  await requireVisible(tx, viewer, classRule, [classId], 'Class');
  await requireAccess(tx, viewer, classEnrolmentRule, [classId]);
  const [cls] = await tx.query(`SELECT c.id, c.name, c.school_id, c.school_year_id, c.level_id, c.stream_id FROM school_class c WHERE c.id = $1`, [classId]);
  if (!cls) throw notFound('Class');
  return cls;
}

/**
 * Each code's ACTIVE enrolment in the class's school and year. An unknown code, another
 * school's pupil and a pupil who left read the same: the mutation does not probe the registry.
 */
async function findMovers(tx: EntityManager, target: TargetClass, codes: string[]): Promise<Mover[]> {
  const rows: { student_id: string | null; enrolment_id: string | null; class_id: number | null; same_level: boolean | null }[] = await tx.query(
    `SELECT e.student_id::text AS student_id, e.id::text AS enrolment_id, e.class_id,
            (c.level_id = $4 AND c.stream_id IS NOT DISTINCT FROM $5::smallint) AS same_level
     FROM unnest($1::text[]) WITH ORDINALITY AS r(code, ord)
     LEFT JOIN student s ON s.code_massar = r.code
     LEFT JOIN enrolment e ON e.student_id = s.id AND e.school_year_id = $2 AND e.school_id = $3 AND ${onRoster('e')}
     LEFT JOIN school_class c ON c.id = e.class_id
     ORDER BY r.ord`,
    [codes, target.school_year_id, target.school_id, target.level_id, target.stream_id],
  );
  const problems = rows.flatMap((row, index): MoveRowProblem[] => {
    const codeMassar = codes[index];
    if (!row.enrolment_id) return [{ index, codeMassar, reason: EnrolmentErrorReason.NOT_SCHOOL_PUPIL, message: 'No pupil of this school has this code this year' }];
    if (row.class_id === target.id) return [{ index, codeMassar, reason: EnrolmentErrorReason.ALREADY_IN_CLASS, message: `This pupil is already in ${target.name}` }];
    // A class is one level (and stream): moving a 1AC pupil into 3AC would change their level behind the council's back.
    if (!row.same_level) return [{ index, codeMassar, reason: EnrolmentErrorReason.OTHER_LEVEL, message: `This pupil's class is not of the level of ${target.name}` }];
    return [];
  });
  if (problems.length) throw badMoveRows(problems);
  return rows.map((row, i) => ({ studentId: row.student_id!, enrolmentId: row.enrolment_id!, classId: row.class_id!, code: codes[i] }));
}

/**
 * Locks the class and the pupils' classes FOR UPDATE, in id order (two moves between the same
 * classes never wait on each other crosswise). The target's lock serialises enrolments into it,
 * as insertEnrolment's does; the others' hold off a new assessment (its foreign key) while the
 * grades are checked. Returns the class's capacity as locked.
 */
async function lockClasses(tx: EntityManager, targetId: number, movers: Mover[]): Promise<number> {
  const ids = [...new Set([targetId, ...movers.map((m) => m.classId)])];
  const rows: { id: number; capacity: number }[] = await tx.query(
    `SELECT c.id, c.capacity FROM school_class c WHERE c.id = ANY($1::int[]) ORDER BY c.id FOR UPDATE OF c`,
    [ids],
  );
  return rows.find((r) => r.id === targetId)!.capacity;
}

/** Locks the enrolments; one that a transfer closed or another move changed meanwhile refuses the whole move. */
async function lockEnrolments(tx: EntityManager, target: TargetClass, movers: Mover[]): Promise<void> {
  const rows: { id: string; class_id: number }[] = await tx.query(
    `SELECT e.id::text AS id, e.class_id FROM enrolment e
     WHERE e.id = ANY($1::bigint[]) AND e.school_year_id = $2 AND ${onRoster('e')} ORDER BY e.id FOR UPDATE OF e`,
    [movers.map((m) => m.enrolmentId), target.school_year_id],
  );
  const same = movers.every((m) => rows.some((r) => r.id === m.enrolmentId && r.class_id === m.classId));
  if (!same) throw new DomainError(ErrorCode.CONFLICT, 'The class lists changed meanwhile: reload and try again', { reason: EnrolmentErrorReason.ROSTER_CHANGED });
}

/** CONFLICT CLASS_FULL unless the whole batch fits, with the counts. */
async function checkCapacity(tx: EntityManager, target: TargetClass, capacity: number, moving: number): Promise<void> {
  const [{ enrolled }] = await tx.query(
    `SELECT count(*)::int AS enrolled FROM enrolment e WHERE e.class_id = $1 AND e.school_year_id = $2 AND ${onRoster('e')}`,
    [target.id, target.school_year_id],
  );
  if (enrolled + moving <= capacity) return;
  throw new DomainError(ErrorCode.CONFLICT, `Class ${target.name} has ${Math.max(capacity - enrolled, 0)} seats left for ${moving} pupils (${enrolled}/${capacity})`, {
    reason: EnrolmentErrorReason.CLASS_FULL, enrolled, capacity, moving, seatsLeft: Math.max(capacity - enrolled, 0),
  });
}

/**
 * CONFLICT HAS_GRADES_IN_CLASS naming the pupils with a grade in their class's assessments this
 * year. Grades are evaluation's: read here, not written. The classes' term rows are locked first
 * (a grade writer holds them FOR SHARE): one under way finishes before the check, a later one
 * finds the pupil in the new class.
 */
async function refuseGraded(tx: EntityManager, target: TargetClass, movers: Mover[]): Promise<void> {
  const classIds = [...new Set(movers.map((m) => m.classId))];
  await tx.query(
    `SELECT 1 FROM term_status ts WHERE ts.class_id = ANY($1::int[]) AND ts.school_year_id = $2 ORDER BY ts.class_id, ts.term FOR UPDATE OF ts`,
    [classIds, target.school_year_id],
  );
  const graded: { code: string }[] = await tx.query(
    `SELECT r.code FROM unnest($1::bigint[], $2::int[], $3::text[]) WITH ORDINALITY AS r(student_id, class_id, code, ord)
     WHERE EXISTS (SELECT 1 FROM grade g JOIN assessment a ON a.id = g.assessment_id
                   WHERE g.student_id = r.student_id AND g.school_year_id = $4 AND a.class_id = r.class_id)
     ORDER BY r.ord`,
    [movers.map((m) => m.studentId), movers.map((m) => m.classId), movers.map((m) => m.code), target.school_year_id],
  );
  if (!graded.length) return;
  const codesMassar = graded.map((g) => g.code);
  throw new DomainError(ErrorCode.CONFLICT, `These pupils have grades in their class this year and stay in it: ${codesMassar.join(', ')}`, {
    reason: EnrolmentErrorReason.HAS_GRADES_IN_CLASS, codesMassar,
  });
}
