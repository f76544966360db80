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
  destinationSide, isPendingTransfer, originSide, transferApprovalRule, transferCancelRule, transferColumns, transferPupilRule, transferRequesterRule, transferRule,
  transferSchoolRule,
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
  /** One status (the older form) and / or any of several: both apply when both are given. */
  status?: TransferStatus;
  statuses?: TransferStatus[];
  schoolCode?: string;
  awaitingYou?: boolean;
  /** true: those the viewer's side asked for; false: those it did not; absent: both. */
  requestedByYou?: boolean;
  search?: string;
}

/** A code Massar prefix: a letter then digits (else the search is a last name). */
const CODE_PREFIX = /^[A-Za-z][0-9]*$/;

/**
 * The search on the pupil: a code Massar prefix, or a last-name prefix (Latin or Arabic, compared
 * as registration compares names). It matches only pupils the viewer reads on the transfer
 * (transferPupilRule, as Transfer.student): a school the pupils it has and those of its pending
 * arrivals, a directorate or an academy only those of the pending transfers it decides. Nobody
 * learns a code or a name through the search that Transfer.student would answer null for.
 */
function searchCondition(viewer: Viewer, search: string, parameters: unknown[]): string {
  const matches = CODE_PREFIX.test(search)
    ? `starts_with(s.code_massar, $${parameters.push(search.toUpperCase())})`
    : `(starts_with(comparable_name(s.last_name), comparable_name($${parameters.push(search)})) OR starts_with(comparable_name(s.last_name_ar), comparable_name($${parameters.length})))`;
  return `EXISTS (SELECT 1 FROM student s WHERE s.id = t.student_id AND ${matches}) AND ${reach(transferPupilRule, viewer, 't.student_id')}`;
}

function filterConditions(viewer: Viewer, filter: TransferFilter, parameters: unknown[]): string[] {
  const conditions: string[] = [];
  if (filter.status) conditions.push(`t.status = $${parameters.push(filter.status)}`);
  if (filter.statuses) conditions.push(`t.status = ANY($${parameters.push(filter.statuses)}::text[])`);
  const schoolCode = filter.schoolCode?.trim().toUpperCase();
  if (schoolCode) {
    conditions.push(`$${parameters.push(schoolCode)} IN (SELECT sc.code FROM school sc WHERE sc.id IN (t.from_school_id, t.to_school_id))`);
  }
  if (filter.awaitingYou) {
    const origin = reach(transferApprovalRule, viewer, originSide('t'));
    const destination = reach(transferApprovalRule, viewer, destinationSide('t'));
    conditions.push(`${isPendingTransfer('t')} AND ((t.origin_approved_at IS NULL AND ${origin}) OR (t.destination_approved_at IS NULL AND ${destination}))`);
  }
  if (filter.requestedByYou !== undefined) {
    const requested = reach(transferRequesterRule, viewer, transferColumns('t'));
    conditions.push(filter.requestedByYou ? requested : `NOT ${requested}`);
  }
  const search = filter.search?.trim();
  if (search) conditions.push(searchCondition(viewer, search, parameters));
  return conditions;
}

/**
 * The transfers in the viewer's reach, newest first, filtered: one statement for the page and its
 * total (the count joined to the page, so that a page past the end still says the total).
 * The schools' indexes (transfer_from_idx, transfer_to_idx) lead every filter: the rows in reach
 * are a school's or a territory's, and the search reads each one's pupil by primary key.
 */
export async function listTransfers(ctx: Context, filter: TransferFilter, page: PageArgs): Promise<Connection<Transfer>> {
  const viewer = requireViewer(ctx);
  const limit = page.first ?? DEFAULT_PAGE;
  const after = decodeCursor(page.after, 1);
  const parameters: unknown[] = [];
  const where = [transferReached(viewer), ...filterConditions(viewer, filter, parameters)].join(' AND ');
  const keyset = after ? `AND t.id < $${parameters.push(Number(after[0]))}` : '';
  const rows: (TransferRecord & { total: number })[] = await ctx.db.query(
    `WITH matched AS (SELECT t.id FROM transfer t WHERE ${where})
     SELECT c.total, p.* FROM (SELECT count(*)::int AS total FROM matched) c
     LEFT JOIN LATERAL (
       SELECT ${transferSelect(viewer)} FROM transfer t WHERE t.id IN (SELECT id FROM matched) ${keyset} ORDER BY t.id DESC LIMIT ${limit + 1}
     ) p ON true`,
    parameters,
  );
  const total = rows[0]?.total ?? 0;
  const transfers = rows.filter((r) => r.id !== null).map(toTransfer);
  return toConnection(transfers, limit, total, (t) => [Number(t.id)], after !== null);
}
