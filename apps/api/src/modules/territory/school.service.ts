import { type Context } from '../../core/context.js';
import { notFound } from '../../core/errors.js';
import { type PageArgs, paginate, ScopedQuery } from '../../core/database/loaders.js';
import { School } from './school.entity.js';
import { schoolRule } from './territory.access.js';
import { type SchoolFilter } from './dto/school-filter.input.js';

const schools = (ctx: Context) => ScopedQuery.of(ctx, School, 'sc', { rule: schoolRule, column: 'id' });

/** A school by its code: NOT_FOUND if there is none or it is outside the scope, alike. */
export async function findSchoolByCode(ctx: Context, code: string): Promise<School> {
  const school = await schools(ctx).qb.andWhere('sc.code = :code', { code: code.trim().toUpperCase() }).getOne();
  if (!school) throw notFound('School');
  return school;
}

export function listSchools(ctx: Context, filter: SchoolFilter = {}, page: PageArgs = {}) {
  const scoped = schools(ctx);
  const { qb } = scoped;
  if (filter.provinceId) qb.andWhere('sc.provinceId = :province', { province: filter.provinceId });
  if (filter.regionId) qb.andWhere('sc.provinceId IN (SELECT id FROM province WHERE region_id = :region)', { region: filter.regionId });
  if (filter.cycle) qb.andWhere(':cycle = ANY(sc.cycles)', { cycle: filter.cycle });
  if (filter.sector) qb.andWhere('sc.sector = :sector', { sector: filter.sector });
  if (filter.milieu) qb.andWhere('sc.milieu = :milieu', { milieu: filter.milieu });
  if (filter.search) qb.andWhere('lower(sc.nameFr) LIKE :search', { search: `${filter.search.toLowerCase().replace(/[%_\\]/g, '\\$&')}%` });
  return paginate(scoped, [{ column: 'sc.code', valueOf: (s) => s.code }], page);
}
