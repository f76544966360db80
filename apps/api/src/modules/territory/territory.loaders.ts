import { schoolScope } from '../../core/auth/row-scope.js';
import { type Context } from '../../core/context.js';
import { byIdLoader, byParentLoader } from '../../core/database/loaders.js';
import { Province } from './province.entity.js';
import { Region } from './region.entity.js';
import { School } from './school.entity.js';

// Territory (regions, provinces) is public reference data for any logged-in account; schools
// go through the row scope.
export const regionById = (ctx: Context) => byIdLoader(ctx, Region);
export const provinceById = (ctx: Context) => byIdLoader(ctx, Province);
export const provincesByRegion = (ctx: Context) =>
  byParentLoader(ctx, Province, 'regionId', (p) => p.regionId, (qb) => qb.orderBy('t.code'));
export const schoolById = (ctx: Context) => byIdLoader(ctx, School, { fn: schoolScope, column: 'id' });
