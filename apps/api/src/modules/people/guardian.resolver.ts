import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { holdsAny, Permission, ScopeKind, scopeIds } from '../../core/auth/grants.js';
import { type Context, requireViewer } from '../../core/context.js';
import { Guardian } from './guardian.entity.js';

type Contact = { phone: string | null; email: string | null };

/**
 * The contact a viewer may read: for the school's director and secretariat and the guardian
 * themself (a teacher or an analyst sees names only). Staff read the contact recorded for the
 * pupil they reached this guardian through — what that pupil's school typed — and nothing on a
 * guardian reached any other way, so that a guardian shared with another school never shows
 * that school's data. The guardian themself also reads their own record.
 */
function contactFor(ctx: Context, guardian: Guardian): Contact | null {
  const viewer = requireViewer(ctx);
  const self = scopeIds(viewer.grants, Permission.FAMILY, ScopeKind.GUARDIAN).includes(Number(guardian.id));
  if (!self && !holdsAny(viewer.grants, [Permission.SCHOOL_PUPILS])) return null;
  if (guardian.linkContact) return guardian.linkContact;
  return self ? { phone: guardian.phone, email: guardian.email } : null;
}

const DESCRIPTION = 'Null unless you are school staff or this guardian: the contact recorded for the pupil this guardian was reached through.';

// No login check of its own: read once per guardian of a list, and a guardian is reached only
// through guarded fields (core/graphql/schema.ts checks it); contactFor decides per viewer.
@Resolver(() => Guardian)
export class GuardianResolver {
  @FieldResolver(() => String, { nullable: true, description: DESCRIPTION })
  phone(@Root() guardian: Guardian, @Ctx() ctx: Context): string | null {
    return contactFor(ctx, guardian)?.phone ?? null;
  }

  @FieldResolver(() => String, { nullable: true, description: DESCRIPTION })
  email(@Root() guardian: Guardian, @Ctx() ctx: Context): string | null {
    return contactFor(ctx, guardian)?.email ?? null;
  }
}
