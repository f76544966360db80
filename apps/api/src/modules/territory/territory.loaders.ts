import { type Context, loader, requireViewer } from '../../core/context.js';
import { anyAccountRule, reach } from '../../core/auth/rules.js';
import { byIdLoader, byParentLoader, type PageArgs, pageLoader } from '../../core/database/loaders.js';
import { type Connection, DEFAULT_PAGE, decodeCursor, toConnection } from '../../core/graphql/connection.js';
import { Province } from './province.entity.js';
import { Region } from './region.entity.js';
import { School } from './school.entity.js';
import { schoolRule } from './territory.access.js';

// Territory (regions, provinces) is public reference data for any logged-in account; schools
// go through their rule.
export const regionById = (ctx: Context) => byIdLoader(ctx, Region, { rule: anyAccountRule, column: 'id' });
export const provinceById = (ctx: Context) => byIdLoader(ctx, Province, { rule: anyAccountRule, column: 'id' });
export const provincesByRegion = (ctx: Context) =>
  byParentLoader(ctx, Province, { column: 'regionId', of: (p) => p.regionId }, { rule: anyAccountRule, column: 'id' }, (qb) => qb.orderBy('t.code'));
export const schoolById = (ctx: Context) => byIdLoader(ctx, School, { rule: schoolRule, column: 'id' });

const provincePages = {};

/** A page of each province's schools in scope, by code: two statements however many provinces. */
export function schoolsOfProvince(ctx: Context, provinceId: number, page: PageArgs): Promise<Connection<School>> {
  return pageLoader(ctx, provincePages, page, (ids) => loadProvincePages(ctx, ids, page)).load(provinceId);
}

async function loadProvincePages(ctx: Context, provinceIds: number[], page: PageArgs): Promise<Connection<School>[]> {
  const limit = page.first ?? DEFAULT_PAGE;
  const after = decodeCursor(page.after, 2);
  const rows: { province_id: number; id: number; total: string }[] = await ctx.db.query(
    `SELECT province_id, id, total FROM (
       SELECT x.*, row_number() OVER (PARTITION BY x.province_id ORDER BY x.code, x.id) AS rn
       FROM (SELECT sc.province_id, sc.id, sc.code, count(*) OVER (PARTITION BY sc.province_id) AS total
             FROM school sc WHERE sc.province_id = ANY($1::int[]) AND ${reach(schoolRule, requireViewer(ctx), 'sc.id')}) x
       WHERE $2::text IS NULL OR (x.code, x.id) > ($2::text, $3::int)
     ) y WHERE rn <= $4`,
    [provinceIds, after?.[0] ?? null, after?.[1] ?? null, limit + 1],
  );
  const schools = await loader(ctx, schoolById).loadMany(rows.map((r) => r.id));
  const byId = new Map(schools.filter((s): s is School => s instanceof School).map((s) => [s.id, s]));
  return provinceIds.map((provinceId) => {
    const mine = rows.filter((r) => r.province_id === provinceId);
    const nodes = mine.map((r) => byId.get(r.id)).filter((s): s is School => !!s);
    return toConnection(nodes, limit, mine.length ? Number(mine[0].total) : 0, (s) => [s.code, s.id], after !== null);
  });
}
