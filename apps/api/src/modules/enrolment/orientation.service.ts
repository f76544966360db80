import { type EntityManager } from 'typeorm';
import { requireAccess, requireVisible } from '../../core/auth/rules.js';
import { type Context, loader, requireViewer } from '../../core/context.js';
import { badInput, conflict, DomainError, ErrorCode, notFound } from '../../core/errors.js';
import { normalizeCodeMassar } from '../people/code-massar.js';
import { resolveSchoolYear } from '../schooling/school-year.service.js';
import { findSchoolByCode } from '../territory/school.service.js';
import { orientationDeadlineRule, orientationWishWriteRule } from './enrolment.access.js';
import { EnrolmentStatus } from './enrolment.entity.js';
import { EnrolmentErrorReason } from './enrolment.errors.js';
import { orientationByStudentYear, orientationKey } from './orientation.loaders.js';
import { beforeDeadline, ORIENTATION_LEVELS, type OrientationDeadline, type OrientationWishes } from './orientation.types.js';

/**
 * The director sets (or moves) the school's deadline for a year's wishes. The deadline falls
 * within the school year; setting it in the past closes the wishes.
 */
export async function setOrientationDeadline(ctx: Context, input: { schoolCode: string; year?: string; deadline: Date }): Promise<OrientationDeadline> {
  const viewer = requireViewer(ctx);
  const school = await findSchoolByCode(ctx, input.schoolCode);
  const year = await resolveSchoolYear(ctx.db, input.year);
  const deadline = input.deadline.toISOString().slice(0, 10);
  if (deadline < year.startsOn || deadline > year.endsOn) {
    throw badInput('deadline', EnrolmentErrorReason.DEADLINE_OUTSIDE_YEAR, `The deadline falls within ${year.name} (${year.startsOn} to ${year.endsOn})`);
  }
  await ctx.db.transaction(async (tx) => {
    await requireAccess(tx, viewer, orientationDeadlineRule, [school.id]);
    await tx.query(
      `INSERT INTO orientation_deadline (school_id, school_year_id, deadline, set_by) VALUES ($1, $2, $3, $4)
       ON CONFLICT (school_id, school_year_id) DO UPDATE SET deadline = EXCLUDED.deadline, set_by = EXCLUDED.set_by, set_at = now()`,
      [school.id, year.id, deadline, viewer.accountId],
    );
  });
  return { schoolId: school.id, year: year.name, deadline };
}

/** Stream codes normalised, or BAD_USER_INPUT naming the first repeated one. */
function checkStreamCodes(raw: string[]): string[] {
  const codes = raw.map((c) => c.trim().toUpperCase());
  const twice = codes.findIndex((c, i) => codes.indexOf(c) !== i);
  if (twice >= 0) throw streamError(twice, EnrolmentErrorReason.DUPLICATE_STREAM, `${codes[twice]} appears twice`);
  return codes;
}

const streamError = (index: number, reason: EnrolmentErrorReason, message: string) =>
  new DomainError(ErrorCode.BAD_USER_INPUT, message, { field: 'streamCodes', path: `streamCodes.${index}`, reason, index });

/** The pupil by code, if the caller's family holds them; NOT_FOUND alike for an unknown code and another family's pupil. */
async function familyPupil(tx: EntityManager, ctx: Context, rawCode: string): Promise<string> {
  const code = normalizeCodeMassar(rawCode);
  const [pupil]: { id: string }[] = await tx.query('SELECT id::text AS id FROM student WHERE code_massar = $1', [code]);
  if (!pupil) throw notFound('Pupil');
  await requireVisible(tx, requireViewer(ctx), orientationWishWriteRule, [pupil.id], 'Pupil');
  return pupil.id;
}

interface OrientationPlace {
  school_id: number;
  level_code: string;
  next_level_id: number | null;
  deadline: string | null;
  open: boolean;
}

/**
 * The pupil's active enrolment this year, locked until the commit (a second submission, or a
 * transfer closing it, waits), with its level and the school's deadline; CONFLICT when wishes are
 * not for this pupil now.
 */
async function orientationPlace(tx: EntityManager, studentId: string, yearId: number): Promise<OrientationPlace> {
  const [place]: OrientationPlace[] = await tx.query(
    `SELECT e.school_id, l.code AS level_code, l.next_level_id, d.deadline::text AS deadline, coalesce(${beforeDeadline('d.deadline')}, false) AS open
     FROM enrolment e JOIN school_class c ON c.id = e.class_id JOIN level l ON l.id = c.level_id
     LEFT JOIN orientation_deadline d ON d.school_id = e.school_id AND d.school_year_id = e.school_year_id
     WHERE e.student_id = $1 AND e.school_year_id = $2 AND e.status = '${EnrolmentStatus.ACTIVE}'
     FOR UPDATE OF e`,
    [studentId, yearId],
  );
  if (!place || !ORIENTATION_LEVELS.includes(place.level_code)) {
    throw conflict(EnrolmentErrorReason.NOT_ORIENTATION_LEVEL, 'Orientation wishes are for pupils enrolled this year in 3AC, TC or 1BAC');
  }
  if (!place.deadline) throw conflict(EnrolmentErrorReason.DEADLINE_NOT_SET, 'The school has not opened orientation wishes yet');
  if (!place.open) throw conflict(EnrolmentErrorReason.DEADLINE_PASSED, `Orientation wishes closed on ${place.deadline}`);
  return place;
}

/** The stream ids of the codes, in order, among the streams of the next level; BAD_USER_INPUT naming the first other one. */
async function nextLevelStreams(tx: EntityManager, nextLevelId: number | null, codes: string[]): Promise<number[]> {
  const rows: { id: number; code: string }[] = await tx.query('SELECT id, code FROM stream WHERE level_id = $1 AND code = ANY($2::text[])', [nextLevelId, codes]);
  return codes.map((code, index) => {
    const stream = rows.find((r) => r.code === code);
    if (!stream) throw streamError(index, EnrolmentErrorReason.INVALID_STREAM, `${code} is not a stream of this pupil's next level`);
    return stream.id;
  });
}

/**
 * A family states a pupil's ranked stream wishes for next year (DESIGN "Mobility"), replacing
 * the earlier ones in one transaction: a pupil in 3AC, TC or 1BAC this year, before the school's
 * deadline, 1 to 4 distinct streams of the next level.
 */
export async function submitOrientationWishes(ctx: Context, input: { codeMassar: string; streamCodes: string[] }): Promise<OrientationWishes> {
  const viewer = requireViewer(ctx);
  const codes = checkStreamCodes(input.streamCodes);
  const year = await resolveSchoolYear(ctx.db, undefined);
  const studentId = await ctx.db.transaction(async (tx) => {
    const id = await familyPupil(tx, ctx, input.codeMassar);
    const place = await orientationPlace(tx, id, year.id);
    const streams = await nextLevelStreams(tx, place.next_level_id, codes);
    await tx.query('DELETE FROM orientation_wish WHERE student_id = $1 AND school_year_id = $2', [id, year.id]);
    await tx.query(
      `INSERT INTO orientation_wish (student_id, school_year_id, rank, stream_id, school_id, submitted_by)
       SELECT $1, $2, w.rank, w.stream_id, $3, $4 FROM unnest($5::smallint[]) WITH ORDINALITY AS w(stream_id, rank)`,
      [id, year.id, place.school_id, viewer.accountId, streams],
    );
    return id;
  });
  const wishes = await loader(ctx, orientationByStudentYear).load(orientationKey(studentId, year.id));
  if (!wishes) throw notFound('Pupil');
  return wishes;
}
