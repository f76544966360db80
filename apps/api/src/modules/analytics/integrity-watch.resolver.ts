import { Arg, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import { Permission } from '../../core/auth/grants.js';
import { type Context, requireViewer } from '../../core/context.js';
import { SliceInput } from './analytics.types.js';
import { integrityWatch } from './integrity-watch.service.js';
import { IntegrityWatch } from './integrity-watch.types.js';
import { resolveSlice } from './slice.js';

@Authorized(Permission.TERRITORY_FIGURES)
@Resolver()
export class IntegrityWatchResolver {
  @Query(() => IntegrityWatch, {
    description: 'Schools whose continuous-assessment averages stand far from their regional and national exam results, against the other '
      + 'schools of the same cycle, milieu and sector in the slice (within your territory), for review. Per school × cycle: a level in the slice is ignored.',
  })
  async integrityWatch(@Arg('slice', () => SliceInput) input: SliceInput, @Ctx() ctx: Context): Promise<IntegrityWatch> {
    return integrityWatch(ctx.db, await resolveSlice(ctx.db, requireViewer(ctx), input));
  }
}
