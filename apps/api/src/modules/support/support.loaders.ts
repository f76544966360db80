import DataLoader from 'dataloader';
import { reach } from '../../core/auth/rules.js';
import { type Context, requireViewer } from '../../core/context.js';
import { BENEFICIARY_SELECT, type BeneficiaryRecord, toBeneficiary } from './beneficiary.service.js';
import { entitlementsOfBeneficiaries } from './entitlement.service.js';
import { beneficiaryColumns, beneficiaryRule, schoolSupportRule } from './support.access.js';
import { programmesById } from './support-programme.service.js';
import { type Beneficiary, type Entitlement, type SupportProgramme } from './support.types.js';

/** Beneficiaries by id within their rule: null outside the scope, as for a missing id. */
export const beneficiaryById = (ctx: Context) =>
  new DataLoader<number, Beneficiary | null>(async (ids) => {
    const rows: BeneficiaryRecord[] = await ctx.db.query(
      `SELECT ${BENEFICIARY_SELECT} FROM support_beneficiary b WHERE b.id = ANY($1::bigint[]) AND ${reach(beneficiaryRule, requireViewer(ctx), beneficiaryColumns('b'))}`,
      [[...ids]],
    );
    const byId = new Map(rows.map((r) => [Number(r.id), toBeneficiary(r)]));
    return ids.map((id) => byId.get(Number(id)) ?? null);
  });

/** A pupil's beneficiary rows within the rule, by `studentId:yearId` (yearId 0: every year), newest year first. */
export const beneficiariesByStudentYear = (ctx: Context) =>
  new DataLoader<string, Beneficiary[]>(async (keys) => {
    const pairs = keys.map((k) => k.split(':').map(Number));
    const rows: (BeneficiaryRecord & { key: string })[] = await ctx.db.query(
      `SELECT k.key, ${BENEFICIARY_SELECT}
       FROM unnest($1::text[], $2::bigint[], $3::smallint[]) AS k(key, student_id, year_id)
       JOIN support_beneficiary b ON b.student_id = k.student_id AND (k.year_id = 0 OR b.school_year_id = k.year_id)
       JOIN school_year y ON y.id = b.school_year_id
       WHERE ${reach(beneficiaryRule, requireViewer(ctx), beneficiaryColumns('b'))}
       ORDER BY y.starts_on DESC, b.programme_id`,
      [[...keys], pairs.map((p) => p[0]), pairs.map((p) => p[1])],
    );
    const out = new Map<string, Beneficiary[]>(keys.map((k) => [k, []]));
    for (const r of rows) out.get(r.key)!.push(toBeneficiary(r));
    return keys.map((k) => out.get(k)!);
  });

/** Programmes by id (reference data: every account reads them). */
export const programmeById = (ctx: Context) =>
  new DataLoader<number, SupportProgramme | null>(async (ids) => {
    const byId = new Map((await programmesById(ctx.db, ids)).map((p) => [p.id, p]));
    return ids.map((id) => byId.get(id) ?? null);
  });

/** This year's monthly entitlements of beneficiaries (already in the viewer's scope), one statement per batch. */
export const entitlementsByBeneficiary = (ctx: Context) =>
  new DataLoader<string, Entitlement[]>(async (ids) => {
    const byId = await entitlementsOfBeneficiaries(ctx.db, ids);
    return ids.map((id) => byId.get(id) ?? []);
  });

/** Whether the viewer reads a school's support lists (its director and secretariat), by school id, one statement per batch. */
export const schoolSupportReached = (ctx: Context) =>
  new DataLoader<number, boolean>(async (ids) => {
    const rows: { id: number }[] = await ctx.db.query(
      `SELECT x.id FROM unnest($1::int[]) AS x(id) WHERE ${reach(schoolSupportRule, requireViewer(ctx), 'x.id')}`,
      [[...ids]],
    );
    const reached = new Set(rows.map((r) => Number(r.id)));
    return ids.map((id) => reached.has(Number(id)));
  });
