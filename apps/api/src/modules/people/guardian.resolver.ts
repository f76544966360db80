import { Authorized, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Role } from '../../core/auth/viewer.js';
import { type Context, requireViewer } from '../../core/context.js';
import { Guardian } from './guardian.entity.js';

// Contact details are for the school's staff and the guardian themself; a teacher or an
// analyst sees names only.
const CONTACT_ROLES = [Role.DIRECTOR, Role.STAFF];

function mayReadContact(ctx: Context, guardian: Guardian): boolean {
  const viewer = requireViewer(ctx);
  return CONTACT_ROLES.includes(viewer.role) || (viewer.role === Role.PARENT && viewer.guardianId === Number(guardian.id));
}

@Authorized()
@Resolver(() => Guardian)
export class GuardianResolver {
  @FieldResolver(() => String, { nullable: true, description: 'Null unless you are school staff or this guardian.' })
  phone(@Root() guardian: Guardian, @Ctx() ctx: Context): string | null {
    return mayReadContact(ctx, guardian) ? guardian.phone : null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'Null unless you are school staff or this guardian.' })
  email(@Root() guardian: Guardian, @Ctx() ctx: Context): string | null {
    return mayReadContact(ctx, guardian) ? guardian.email : null;
  }
}
