import { Args, Authorized, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { anyAccountRule } from '../../core/auth/rules.js';
import { type Context, loader } from '../../core/context.js';
import { ScopedQuery } from '../../core/database/loaders.js';
import { ConnectionArgs, ConnectionType } from '../../core/graphql/connection.js';
import { Province } from './province.entity.js';
import { Region } from './region.entity.js';
import { School } from './school.entity.js';
import { provinceById, provincesByRegion, regionById, schoolsOfProvince } from './territory.loaders.js';

export const SchoolConnection = ConnectionType(School);

@Authorized()
@Resolver(() => Region)
export class RegionResolver {
  @Query(() => [Region], { description: 'The 12 regional academies, by code.' })
  regions(@Ctx() ctx: Context): Promise<Region[]> {
    return ScopedQuery.of(ctx, Region, 'r', { rule: anyAccountRule, column: 'id' }).qb.orderBy('r.code', 'ASC').getMany();
  }

  @FieldResolver(() => [Province])
  provinces(@Root() region: Region, @Ctx() ctx: Context): Promise<Province[]> {
    return loader(ctx, provincesByRegion).load(region.id);
  }
}

@Authorized()
@Resolver(() => Province)
export class ProvinceResolver {
  @FieldResolver(() => Region)
  async region(@Root() province: Province, @Ctx() ctx: Context): Promise<Region> {
    return (await loader(ctx, regionById).load(province.regionId))!;
  }

  @FieldResolver(() => SchoolConnection, { description: 'Schools of the province within your scope.' })
  schools(@Root() province: Province, @Args() page: ConnectionArgs, @Ctx() ctx: Context) {
    return schoolsOfProvince(ctx, province.id, page);
  }
}

@Authorized()
@Resolver(() => School)
export class SchoolTerritoryResolver {
  @FieldResolver(() => Province)
  async province(@Root() school: School, @Ctx() ctx: Context): Promise<Province> {
    return (await loader(ctx, provinceById).load(school.provinceId))!;
  }
}
