import DataLoader from 'dataloader';
import { reachBound } from '../../core/auth/rules.js';
import { type Viewer } from '../../core/auth/viewer.js';
import { type Context, loader, requireViewer } from '../../core/context.js';
import { preparedQuery } from '../../core/database/prepared-query.js';
import { rememberedLoader } from '../../core/database/viewer-memory.js';
import { onRoster } from '../enrolment/roster.js';
import { subjectById } from '../schooling/schooling.loaders.js';
import { Subject } from '../schooling/subject.entity.js';
import { type CertificateResult } from './certificates.js';
import { type Decision } from './evaluation.enums.js';
import { markRule } from './evaluation.access.js';
import { type Period, termOf } from './published-results.service.js';
import { type SubjectResultRow } from './results.compute.js';
import { chosenEnrolment, enrolmentMarkRow } from './results-enrolment.loaders.js';
import { classResults, resultsKey, toStudentResults, withSubjects } from './results.service.js';
import { type DerivationStep, type StudentResults } from './results.types.js';
import { transcriptKey, transcriptResults } from './transcript.loaders.js';

/*
 * What PARENT and PUPIL read: the results stored at publication (published-results.service.ts),
 * every child of a request in one statement. A term published without going through publishTerm
 * (before the published_result migration, or by the demo seed's SQL) has no stored rows: those
 * pupils fall back to the live computation, as before. In a class the pupil has left (a transfer
 * during the year) they read its transcript (transcript.loaders.ts) once that class has published
 * the term: what was stored for them while they were on its roster, without the class's rank and
 * average, else computed live.
 */

/** A pupil's enrolment in a class whose period is published, with what was stored (stored false: nothing). */
interface FamilyRow {
  key: string;
  class_id: number;
  school_year_id: number;
  student_id: string;
  term: Period;
  on_roster: boolean;
  stored: boolean;
  general_average: number | null;
  rank: number | null;
  class_average: number | null;
  subjects: SubjectResultRow[] | null;
  derivation: DerivationStep[] | null;
  certificate: CertificateResult | null;
  proposed_decision: Decision | null;
}

const COLUMNS = `k.key, e.class_id, e.school_year_id, e.student_id::text AS student_id, k.term, ${onRoster('e')} AS on_roster,
  p.student_id IS NOT NULL AS stored, p.general_average::float8 AS general_average, p.rank, p.class_average::float8 AS class_average,
  p.subjects, p.derivation, p.certificate, p.proposed_decision`;

/** The stored row of the enrolment e for period k.term, if any. */
const STORED = `LEFT JOIN published_result p ON p.student_id = e.student_id AND p.school_year_id = e.school_year_id
  AND p.class_id = e.class_id AND p.term = k.term`;

/** Pupils in the viewer's scope, whose class has published the period (the year: S2). */
const familyReach = (viewer: Viewer, parameters: unknown[]) => reachBound(markRule, viewer, enrolmentMarkRow('e', 'k.term'), parameters);

export const classPeriodKey = (classId: number, period: Period) => `${classId}:${period}`;
export const enrolmentPeriodKey = (enrolmentId: string, yearId: number, period: Period) => `${enrolmentId}:${yearId}:${period}`;

/**
 * A pupil's published results by studentPeriodKey(), or null: in the enrolment of that year
 * results-enrolment.loaders.ts chooses among the published ones (the ACTIVE class first).
 */
export const familyResultsByStudent = (ctx: Context) =>
  rememberedLoader<string, StudentResults | null>(ctx, 'published results', async (keys) => {
    const parts = keys.map((k) => k.split(':'));
    const parameters: unknown[] = [keys, parts.map((p) => p[0]), parts.map((p) => p[1]), parts.map((p) => p[2])];
    const rows = await preparedQuery<FamilyRow>(
      ctx.db,
      `SELECT ${COLUMNS}
       FROM unnest($1::text[], $2::bigint[], $3::smallint[], $4::text[]) AS k(key, student_id, school_year_id, term)
       ${chosenEnrolment(requireViewer(ctx), parameters)}
       ${STORED}`,
      parameters,
    );
    return byKey(ctx, keys, rows);
  });

/** The published results of one enrolment by enrolmentPeriodKey(), or null: Enrolment.results for families. */
export const familyResultsByEnrolment = (ctx: Context) =>
  rememberedLoader<string, StudentResults | null>(ctx, 'published enrolment results', async (keys) => {
    const parts = keys.map((k) => k.split(':'));
    const parameters: unknown[] = [keys, parts.map((p) => p[0]), parts.map((p) => p[1]), parts.map((p) => p[2])];
    const rows = await preparedQuery<FamilyRow>(
      ctx.db,
      `SELECT ${COLUMNS}
       FROM unnest($1::text[], $2::bigint[], $3::smallint[], $4::text[]) AS k(key, enrolment_id, school_year_id, term)
       JOIN enrolment e ON e.id = k.enrolment_id AND e.school_year_id = k.school_year_id
       ${STORED}
       WHERE ${familyReach(requireViewer(ctx), parameters)}`,
      parameters,
    );
    return byKey(ctx, keys, rows);
  });

async function byKey(ctx: Context, keys: readonly string[], rows: FamilyRow[]): Promise<(StudentResults | null)[]> {
  const found = new Map(rows.map((r) => [r.key, r]));
  return Promise.all(keys.map((k) => (found.has(k) ? toResults(ctx, found.get(k)!) : null)));
}

/** The published results a family may read in each "classId:period": their own children's on its roster, by name. */
export const familyResultsByClass = (ctx: Context) =>
  new DataLoader<string, StudentResults[]>(async (keys) => {
    const parts = keys.map((k) => k.split(':'));
    const parameters: unknown[] = [keys, parts.map((p) => p[0]), parts.map((p) => p[1])];
    const rows = await preparedQuery<FamilyRow>(
      ctx.db,
      `SELECT ${COLUMNS}
       FROM unnest($1::text[], $2::int[], $3::text[]) AS k(key, class_id, term)
       JOIN enrolment e ON e.class_id = k.class_id JOIN student s ON s.id = e.student_id
       ${STORED}
       WHERE ${onRoster('e')} AND ${familyReach(requireViewer(ctx), parameters)}
       ORDER BY s.last_name, s.first_name, s.id`,
      parameters,
    );
    const results = await Promise.all(rows.map((r) => toResults(ctx, r)));
    return keys.map((k) => results.filter((r, i): r is StudentResults => r !== null && rows[i].key === k));
  });

async function toResults(ctx: Context, r: FamilyRow): Promise<StudentResults | null> {
  const term = termOf(r.term);
  if (!r.stored) {
    return r.on_roster
      ? toStudentResults(await loader(ctx, classResults).load(resultsKey(r.class_id, r.school_year_id, term)), r.student_id)
      : loader(ctx, transcriptResults).load(transcriptKey(r.class_id, r.school_year_id, r.student_id, term));
  }
  // Every row's subjects are asked for before any is awaited: one statement for the request.
  const found = await loader(ctx, subjectById).loadMany(r.subjects!.map((s) => s.subjectId));
  const subjects = new Map(found.filter((s): s is Subject => s instanceof Subject).map((s) => [s.id, s]));
  const shown: StudentResults = {
    studentId: r.student_id, classId: r.class_id, term, generalAverage: r.general_average, rank: r.rank, classAverage: r.class_average,
    subjects: withSubjects(r.subjects!, subjects), derivation: r.derivation!, certificate: r.certificate, proposal: r.proposed_decision, transcript: false,
  };
  // Stored while the pupil was on the roster of a class they have left since: their transcript.
  return r.on_roster ? shown : { ...shown, rank: null, classAverage: null, certificate: null, proposal: null, transcript: true };
}
