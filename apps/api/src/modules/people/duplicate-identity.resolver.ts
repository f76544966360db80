import { Arg, Authorized, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { Permission } from '../../core/auth/grants.js';
import { type Context, loader, requireViewer } from '../../core/context.js';
import { School } from '../territory/school.entity.js';
import { schoolById } from '../territory/territory.loaders.js';
import { findIdentityMatches } from './duplicate-identity.js';
import { IdentityMatch, PossibleDuplicates } from './duplicate-identity.type.js';
import { IdentityInput } from './dto/identity.input.js';
import { studentsOfRows } from './people.loaders.js';

/** What the registration form asks as the secretary types: the registry's own roles only. */
@Authorized(Permission.REGISTRY_WRITE)
@Resolver(() => IdentityMatch)
export class IdentityMatchResolver {
  @Authorized(Permission.REGISTRY_WRITE)
  @Query(() => PossibleDuplicates, {
    description: 'Director and secretariat: pupils with these names, birth date and birth place — those in your scope, and whether one exists elsewhere.',
  })
  async possibleDuplicates(@Arg('input') input: IdentityInput, @Ctx() ctx: Context): Promise<PossibleDuplicates> {
    const found = await findIdentityMatches(ctx.db, requireViewer(ctx), input);
    const students = studentsOfRows(ctx, found.visible.map((m) => m.student));
    return {
      matches: found.visible.map((m, i) => Object.assign(new IdentityMatch(), { student: students[i], currentSchoolId: m.currentSchool?.id ?? null })),
      existsElsewhere: found.existsElsewhere,
    };
  }

  @FieldResolver(() => School, { nullable: true, description: 'The school the pupil is enrolled in now; null when none, or outside your scope.' })
  currentSchool(@Root() m: IdentityMatch, @Ctx() ctx: Context): Promise<School | null> | null {
    return m.currentSchoolId === null ? null : loader(ctx, schoolById).load(m.currentSchoolId);
  }
}
