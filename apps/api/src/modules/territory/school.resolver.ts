import { Arg, Args, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import { type Context } from '../../core/context.js';
import { ConnectionArgs } from '../../core/graphql/connection.js';
import { fromGlobalId, MAX_SMALL_ID } from '../../core/graphql/node.js';
import { School } from './school.entity.js';
import { findSchoolByCode, listSchools } from './school.service.js';
import { SchoolFilterInput } from './dto/school-filter.input.js';
import { SchoolConnection } from './territory.resolver.js';

@Authorized()
@Resolver(() => School)
export class SchoolResolver {
  @Query(() => School, { nullable: true, description: 'NOT_FOUND if no school in your scope has this code.' })
  school(@Arg('code') code: string, @Ctx() ctx: Context): Promise<School> {
    return findSchoolByCode(ctx, code);
  }

  @Query(() => SchoolConnection, { description: 'Schools within your scope, by code.' })
  schools(
    @Arg('filter', () => SchoolFilterInput, { nullable: true }) filter: SchoolFilterInput | undefined,
    @Args() page: ConnectionArgs,
    @Ctx() ctx: Context,
  ) {
    return listSchools(
      ctx,
      {
        ...filter,
        regionId: filter?.regionId ? fromGlobalId(filter.regionId, 'filter.regionId', MAX_SMALL_ID).id : undefined,
        provinceId: filter?.provinceId ? fromGlobalId(filter.provinceId, 'filter.provinceId', MAX_SMALL_ID).id : undefined,
      },
      page,
    );
  }
}
