import { type DataSource } from 'typeorm';
import { schoolScope } from '../../core/auth/row-scope.js';
import { type Viewer } from '../../core/auth/viewer.js';
import { forbidden, notFound } from '../../core/errors.js';
import { type PageArgs, paginate } from '../../core/database/loaders.js';
import { School } from './school.entity.js';
import { type SchoolFilter } from './dto/school-filter.input.js';

/** A school by its code: NOT_FOUND if there is none, FORBIDDEN if it is outside the scope. */
export async function findSchoolByCode(db: DataSource, viewer: Viewer, code: string): Promise<School> {
  const school = await db.getRepository(School).findOneBy({ code: code.toUpperCase() });
  if (!school) throw notFound('School');
  const [visible] = await db.query(`SELECT ${schoolScope(viewer, 'x.id')} AS ok FROM (SELECT $1::int AS id) x`, [school.id]);
  if (!visible.ok) throw forbidden('This school is outside your scope');
  return school;
}

export function listSchools(db: DataSource, viewer: Viewer, filter: SchoolFilter = {}, page: PageArgs = {}) {
  const qb = db.getRepository(School).createQueryBuilder('sc').where(schoolScope(viewer, 'sc.id'));
  if (filter.provinceId) qb.andWhere('sc.provinceId = :province', { province: filter.provinceId });
  if (filter.regionId) qb.andWhere('sc.provinceId IN (SELECT id FROM province WHERE region_id = :region)', { region: filter.regionId });
  if (filter.cycle) qb.andWhere(':cycle = ANY(sc.cycles)', { cycle: filter.cycle });
  if (filter.sector) qb.andWhere('sc.sector = :sector', { sector: filter.sector });
  if (filter.milieu) qb.andWhere('sc.milieu = :milieu', { milieu: filter.milieu });
  if (filter.search) qb.andWhere('lower(sc.nameFr) LIKE :search', { search: `${filter.search.toLowerCase().replace(/[%_\\]/g, '\\$&')}%` });
  return paginate(qb, [{ column: 'sc.code', valueOf: (s) => s.code }], page);
}
