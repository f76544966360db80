import DataLoader from 'dataloader';
import { type DataSource, type EntityManager } from 'typeorm';
import { reach } from '../../core/auth/rules.js';
import { type Viewer } from '../../core/auth/viewer.js';
import { type Context, requireViewer } from '../../core/context.js';
import { byIdLoader, type PageArgs } from '../../core/database/loaders.js';
import { type Connection, DEFAULT_PAGE, decodeCursor, toConnection } from '../../core/graphql/connection.js';
import { Student } from '../people/student.entity.js';
import { School } from '../territory/school.entity.js';
import { TransferSide } from './transfer.deciders.js';
import { Transfer, type TransferStatus } from './transfer.entity.js';
import {
  destinationSide, isPendingTransfer, originSide, transferApprovalRule, transferCancelRule, transferColumns, transferPupilRule, transferRule, transferSchoolRule,
} from './enrolment.access.js';

type Db = DataSource | EntityManager;

/** A transfer row as read, with what the viewer may do on it. */
export interface TransferRecord {
  id: string; student_id: string; from_school_id: number; to_school_id: number; school_year_id: number; status: TransferStatus;
  reason: string | null; requested_by: number; requested_by_side: TransferSide; requested_at: Date;
  origin_approver: Transfer['originApprover']; destination_approver: Transfer['destinationApprover'];
  origin_approved_at: Date | null; destination_approved_at: Date | null; decided_at: Date | null; decided_by: number | null;
  refusal_reason: string | null; enrolment_id: string | null;
  /** The viewer approves this side (whether or not it already has). */
  can_origin: boolean; can_destination: boolean; can_cancel: boolean;
}

/**
 * The columns of transfers (alias t) with what the viewer may do on each: approve a side (the
 * approval rule on that side), cancel (the school that asked).
 */
export function transferSelect(viewer: Viewer): string {
  return `t.id, t.student_id, t.from_school_id, t.to_school_id, t.school_year_id, t.status, t.reason, t.requested_by, t.requested_by_side,
    t.requested_at, t.origin_approver, t.destination_approver, t.origin_approved_at, t.destination_approved_at, t.decided_at, t.decided_by,
    t.refusal_reason, t.enrolment_id,
    ${reach(transferApprovalRule, viewer, originSide('t'))} AS can_origin,
    ${reach(transferApprovalRule, viewer, destinationSide('t'))} AS can_destination,
    ${reach(transferCancelRule, viewer, transferColumns('t'))} AS can_cancel`;
}

/** The transfers the viewer reaches (the transfer rule), as a WHERE condition on alias t. */
export const transferReached = (viewer: Viewer) => reach(transferRule, viewer, transferColumns('t'));

export function toTransfer(r: TransferRecord): Transfer {
  const transfer = Object.assign(new Transfer(), {
    id: String(r.id), studentId: String(r.student_id), fromSchoolId: r.from_school_id, toSchoolId: r.to_school_id, schoolYearId: r.school_year_id,
    status: r.status, reason: r.reason, requestedBy: r.requested_by_side, requestedByAccount: r.requested_by, requestedAt: r.requested_at,
    originApprover: r.origin_approver, destinationApprover: r.destination_approver,
    originApprovedAt: r.origin_approved_at, destinationApprovedAt: r.destination_approved_at,
    decidedAt: r.decided_at, decidedBy: r.decided_by, refusalReason: r.refusal_reason, enrolmentId: r.enrolment_id === null ? null : String(r.enrolment_id),
  });
  transfer.mayApprove = [
    ...(r.can_origin && !r.origin_approved_at ? [TransferSide.ORIGIN] : []),
    ...(r.can_destination && !r.destination_approved_at ? [TransferSide.DESTINATION] : []),
  ];
  transfer.mayCancelIt = r.can_cancel;
  return transfer;
}

export async function readTransfers(db: Db, viewer: Viewer, where: string, parameters: unknown[], tail = 'ORDER BY t.id DESC'): Promise<Transfer[]> {
  const rows: TransferRecord[] = await db.query(
    `SELECT ${transferSelect(viewer)} FROM transfer t WHERE ${transferReached(viewer)} AND ${where} ${tail}`,
    parameters,
  );
  return rows.map(toTransfer);
}

/** Transfers by id within their rule (null outside it, as for a missing one). One statement per batch. */
export const transferById = (ctx: Context) =>
  new DataLoader<number, Transfer | null>(async (ids) => {
    const rows = await readTransfers(ctx.db, requireViewer(ctx), 't.id = ANY($1::bigint[])', [[...ids]]);
    return ids.map((id) => rows.find((t) => Number(t.id) === Number(id)) ?? null);
  });

/** A pupil's transfers within their rule, newest first. */
export const transfersByStudent = (ctx: Context) =>
  new DataLoader<string, Transfer[]>(async (studentIds) => {
    const rows = await readTransfers(ctx.db, requireViewer(ctx), 't.student_id = ANY($1::bigint[])', [[...studentIds]]);
    return studentIds.map((id) => rows.filter((t) => t.studentId === String(id)));
  });

/** The pupil of a transfer: whom the pupil rule lets through, and the parties of a pending transfer (transferPupilRule). */
export const transferPupilById = (ctx: Context) => byIdLoader(ctx, Student, { rule: transferPupilRule, column: 'id' });

/** The schools of a transfer: both are readable by whoever reads the transfer (transferSchoolRule). */
export const transferSchoolById = (ctx: Context) => byIdLoader(ctx, School, { rule: transferSchoolRule, column: 'id' });

export interface TransferFilter {
  status?: TransferStatus;
  schoolCode?: string;
  awaitingYou?: boolean;
}

/** The transfers in the viewer's reach, newest first, filtered: two statements (the page, the total). */
export async function listTransfers(ctx: Context, filter: TransferFilter, page: PageArgs): Promise<Connection<Transfer>> {
  const viewer = requireViewer(ctx);
  const limit = page.first ?? DEFAULT_PAGE;
  const after = decodeCursor(page.after, 1);
  const parameters: unknown[] = [filter.status ?? null, filter.schoolCode?.trim().toUpperCase() ?? null];
  const conditions = [
    '($1::text IS NULL OR t.status = $1)',
    '($2::text IS NULL OR $2 IN (SELECT sc.code FROM school sc WHERE sc.id IN (t.from_school_id, t.to_school_id)))',
  ];
  if (filter.awaitingYou) {
    const origin = reach(transferApprovalRule, viewer, originSide('t'));
    const destination = reach(transferApprovalRule, viewer, destinationSide('t'));
    conditions.push(`${isPendingTransfer('t')} AND ((t.origin_approved_at IS NULL AND ${origin}) OR (t.destination_approved_at IS NULL AND ${destination}))`);
  }
  const where = conditions.join(' AND ');
  const [{ total }] = await ctx.db.query(`SELECT count(*)::int AS total FROM transfer t WHERE ${transferReached(viewer)} AND ${where}`, parameters);
  const keyset = after ? ` AND t.id < ${Number(after[0])}` : '';
  const rows = await readTransfers(ctx.db, viewer, where + keyset, parameters, `ORDER BY t.id DESC LIMIT ${limit + 1}`);
  return toConnection(rows, limit, total, (t) => [Number(t.id)], after !== null);
}
