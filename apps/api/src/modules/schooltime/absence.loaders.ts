import DataLoader from 'dataloader';
import { absenceKindOf } from '@massar/rules';
import { reach } from '../../core/auth/rules.js';
import { type Viewer } from '../../core/auth/viewer.js';
import { type Context, requireViewer } from '../../core/context.js';
import { type PageArgs } from '../../core/database/loaders.js';
import { groupBy } from '../../core/group-by.js';
import { type Connection, DEFAULT_PAGE, decodeCursor, toConnection } from '../../core/graphql/connection.js';
import { Absence, type Term } from '../evaluation/evaluation.enums.js';
import { AbsenceJustification, AbsenceRecord, JustificationAttachment, type JustificationReason, type JustificationStatus } from './absence.types.js';
import { type AbsenceRow, absenceRule, attachmentRule, type JustificationRow, justificationRule } from './schooltime.access.js';

/** An absence (alias a) with its roll call (alias rc), as absenceRule reads it. */
export const absenceColumns: AbsenceRow = { studentId: 'a.student_id', schoolId: 'a.school_id', classId: 'rc.class_id', slotId: 'rc.slot_id' };
const justificationColumns: JustificationRow = { studentId: 'j.student_id', schoolId: 'j.school_id' };

/** The absences the viewer reaches, joined to their roll call and justification status (aliases a, rc, j). */
export const ABSENCE_FROM = `absence_record a
  JOIN roll_call rc ON rc.id = a.roll_call_id AND rc.school_year_id = a.school_year_id
  LEFT JOIN absence_justification j ON j.id = a.justification_id`;

export const ABSENCE_SELECT = `a.id::text AS id, a.student_id::text AS student_id, a.school_id, rc.class_id, rc.subject_id, rc.slot_id::text AS slot_id,
  a.school_year_id, a.held_on::text AS date, a.term, a.late, a.minutes, a.justification_id::text AS justification_id, j.status AS justification_status`;

export interface AbsenceDbRow {
  id: string; student_id: string; school_id: number; class_id: number; subject_id: number; slot_id: string | null; school_year_id: number;
  date: string; term: Term; late: boolean; minutes: number; justification_id: string | null; justification_status: JustificationStatus | null;
}

export function toAbsence(r: AbsenceDbRow): AbsenceRecord {
  return Object.assign(new AbsenceRecord(), {
    id: r.id, studentId: r.student_id, schoolId: r.school_id, classId: r.class_id, subjectId: r.subject_id, slotId: r.slot_id, schoolYearId: r.school_year_id,
    date: r.date, term: r.term, late: r.late, minutes: r.minutes, justificationId: r.justification_id, justificationStatus: r.justification_status,
    kind: absenceKindOf(r.justification_status) === 'JUSTIFIED' ? Absence.JUSTIFIED : Absence.UNJUSTIFIED,
  });
}

/** Absences within absenceRule matching `where` (on aliases a, rc, j), by date then slot start. */
export async function readAbsences(ctx: Context, where: string, parameters: unknown[]): Promise<AbsenceRecord[]> {
  const viewer = requireViewer(ctx);
  const rows: AbsenceDbRow[] = await ctx.db.query(
    `SELECT ${ABSENCE_SELECT} FROM ${ABSENCE_FROM} WHERE ${reach(absenceRule, viewer, absenceColumns)} AND ${where}
     ORDER BY a.held_on, rc.id, a.student_id`,
    parameters,
  );
  return rows.map(toAbsence);
}

/** Absences by id (null outside the rule, as a missing one). One statement per batch. */
export const absenceById = (ctx: Context) =>
  new DataLoader<number, AbsenceRecord | null>(async (ids) => {
    const rows = await readAbsences(ctx, 'a.id = ANY($1::bigint[])', [[...ids]]);
    return ids.map((id) => rows.find((a) => Number(a.id) === Number(id)) ?? null);
  });

/** A pupil's absences of a year (and term) — key "studentId:yearId:term" (term '' for the year). One statement per batch. */
export const absencesByStudent = (ctx: Context) =>
  new DataLoader<string, AbsenceRecord[]>(async (keys) => {
    const parts = keys.map((k) => k.split(':'));
    const rows = await readAbsences(ctx,
      `EXISTS (SELECT 1 FROM unnest($1::bigint[], $2::smallint[], $3::text[]) AS k(s, y, t)
               WHERE a.student_id = k.s AND a.school_year_id = k.y AND (k.t = '' OR a.term = k.t))`,
      [parts.map((p) => p[0]), parts.map((p) => Number(p[1])), parts.map((p) => p[2])]);
    return parts.map(([s, y, t]) => rows.filter((a) => a.studentId === s && a.schoolYearId === Number(y) && (t === '' || a.term === t)));
  });

/** A class's absences between two dates (inclusive) — key "classId:from:to". One statement per batch. */
export const absencesByClass = (ctx: Context) =>
  new DataLoader<string, AbsenceRecord[]>(async (keys) => {
    const parts = keys.map((k) => k.split(':'));
    const rows = await readAbsences(ctx,
      `EXISTS (SELECT 1 FROM unnest($1::int[], $2::date[], $3::date[]) AS k(c, f, t) WHERE rc.class_id = k.c AND a.held_on BETWEEN k.f AND k.t)`,
      [parts.map((p) => Number(p[0])), parts.map((p) => p[1]), parts.map((p) => p[2])]);
    return parts.map(([c, f, t]) => rows.filter((a) => a.classId === Number(c) && a.date >= f && a.date <= t));
  });

/** The absences a justification covers, within absenceRule. One statement per batch. */
export const absencesByJustification = (ctx: Context) =>
  new DataLoader<string, AbsenceRecord[]>(async (ids) => {
    const rows = await readAbsences(ctx, 'a.justification_id = ANY($1::bigint[])', [[...ids]]);
    const byJustification = groupBy(rows, (a) => a.justificationId);
    return ids.map((id) => byJustification.get(String(id)) ?? []);
  });

// Justifications.

const JUSTIFICATION_SELECT = `j.id::text AS id, j.student_id::text AS student_id, j.school_id, j.reason, j.note, j.status, j.decision_reason,
  j.submitted_at, j.decided_at, EXISTS (SELECT 1 FROM absence_justification_attachment x WHERE x.justification_id = j.id) AS has_attachment`;

interface JustificationDbRow {
  id: string; student_id: string; school_id: number; reason: JustificationReason; note: string | null; status: JustificationStatus;
  decision_reason: string | null; submitted_at: Date; decided_at: Date | null; has_attachment: boolean;
}

function toJustification(r: JustificationDbRow): AbsenceJustification {
  return Object.assign(new AbsenceJustification(), {
    id: r.id, studentId: r.student_id, schoolId: r.school_id, reason: r.reason, note: r.note, status: r.status, decisionReason: r.decision_reason,
    submittedAt: r.submitted_at, decidedAt: r.decided_at, hasAttachment: r.has_attachment,
  });
}

export const justificationReached = (viewer: Viewer) => reach(justificationRule, viewer, justificationColumns);

/** Justifications by id, within justificationRule. One statement per batch. */
export const justificationById = (ctx: Context) =>
  new DataLoader<number, AbsenceJustification | null>(async (ids) => {
    const rows: JustificationDbRow[] = await ctx.db.query(
      `SELECT ${JUSTIFICATION_SELECT} FROM absence_justification j WHERE ${justificationReached(requireViewer(ctx))} AND j.id = ANY($1::bigint[])`,
      [[...ids]],
    );
    return ids.map((id) => {
      const row = rows.find((r) => Number(r.id) === Number(id));
      return row ? toJustification(row) : null;
    });
  });

/** The attachment's type and size (not its bytes), within attachmentRule. One statement per batch. */
export const attachmentByJustification = (ctx: Context) =>
  new DataLoader<string, JustificationAttachment | null>(async (ids) => {
    const rows: { justification_id: string; content_type: string; byte_size: number }[] = await ctx.db.query(
      `SELECT x.justification_id::text AS justification_id, x.content_type, x.byte_size
       FROM absence_justification_attachment x JOIN absence_justification j ON j.id = x.justification_id
       WHERE x.justification_id = ANY($1::bigint[]) AND ${reach(attachmentRule, requireViewer(ctx), justificationColumns)}`,
      [[...ids]],
    );
    return ids.map((id) => {
      const row = rows.find((r) => r.justification_id === String(id));
      return row ? Object.assign(new JustificationAttachment(), { justificationId: row.justification_id, contentType: row.content_type, byteSize: row.byte_size }) : null;
    });
  });

/** The attachment's bytes as a data: URL, read only when asked for, within attachmentRule. */
export const attachmentDataUrl = (ctx: Context) =>
  new DataLoader<string, string | null>(async (ids) => {
    const rows: { justification_id: string; data_url: string }[] = await ctx.db.query(
      `SELECT x.justification_id::text AS justification_id, 'data:' || x.content_type || ';base64,' || translate(encode(x.content, 'base64'), E'\\n', '') AS data_url
       FROM absence_justification_attachment x JOIN absence_justification j ON j.id = x.justification_id
       WHERE x.justification_id = ANY($1::bigint[]) AND ${reach(attachmentRule, requireViewer(ctx), justificationColumns)}`,
      [[...ids]],
    );
    return ids.map((id) => rows.find((r) => r.justification_id === String(id))?.data_url ?? null);
  });

/**
 * A school's justifications in the viewer's reach, by status, oldest first (the inbox is worked
 * through in order): one statement for every school asked, each with its page and total.
 */
export const justificationPages = (ctx: Context, status: JustificationStatus | undefined, page: PageArgs) =>
  async (schoolIds: number[]): Promise<Connection<AbsenceJustification>[]> => {
    const limit = page.first ?? DEFAULT_PAGE;
    const after = decodeCursor(page.after, 1);
    const parameters: unknown[] = [schoolIds, status ?? null, after ? Number(after[0]) : 0];
    const where = `j.school_id = k.school_id AND ($2::text IS NULL OR j.status = $2) AND ${justificationReached(requireViewer(ctx))}`;
    const rows: (JustificationDbRow & { parent: number; total: number })[] = await ctx.db.query(
      `SELECT k.school_id AS parent, c.total, p.* FROM unnest($1::int[]) AS k(school_id)
       CROSS JOIN LATERAL (SELECT count(*)::int AS total FROM absence_justification j WHERE ${where}) c
       LEFT JOIN LATERAL (SELECT ${JUSTIFICATION_SELECT} FROM absence_justification j WHERE ${where} AND j.id > $3 ORDER BY j.id LIMIT ${limit + 1}) p ON true`,
      parameters,
    );
    const byParent = groupBy(rows, (r) => Number(r.parent));
    return schoolIds.map((school) => {
      const own = byParent.get(school) ?? [];
      const list = own.filter((r) => r.id !== null).map(toJustification);
      return toConnection(list, limit, own[0]?.total ?? 0, (j) => [Number(j.id)], after !== null);
    });
  };
