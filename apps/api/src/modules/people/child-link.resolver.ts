import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { Permission, ScopeKind, scopeIds } from '../../core/auth/grants.js';
import { type Context, loader, requireViewer } from '../../core/context.js';
import { notFound } from '../../core/errors.js';
import { idOf } from '../../core/graphql/node.js';
import { decideChildLink, pendingChildLinks } from './child-link.service.js';
import { PendingChildLink } from './child-link.type.js';
import { studentById } from './people.loaders.js';
import { Student } from './student.entity.js';

/**
 * A parent's pending child links: seen, confirmed or declined by that parent only (the guardians
 * of the viewer's FAMILY grants; a pupil holds none and sees none).
 */
@Authorized(Permission.FAMILY)
@Resolver(() => PendingChildLink)
export class ChildLinkResolver {
  @Authorized(Permission.FAMILY)
  @Query(() => [PendingChildLink], { description: 'PARENT: children a school registered with you as guardian, waiting for your confirmation.' })
  pendingChildLinks(@Ctx() ctx: Context): Promise<PendingChildLink[]> {
    return pendingChildLinks(ctx.db, guardiansOf(ctx));
  }

  @Authorized(Permission.FAMILY)
  @Mutation(() => Student, { description: 'PARENT: confirms that this child is yours; it then appears in me.children.' })
  async confirmChildLink(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Student> {
    const studentId = idOf(id, 'PendingChildLink', 'id');
    await decideChildLink(ctx.db, guardiansOf(ctx), studentId, true);
    const child = await loader(ctx, studentById).load(studentId);
    if (!child) throw notFound('Pupil');
    return child;
  }

  @Authorized(Permission.FAMILY)
  @Mutation(() => Boolean, { description: 'PARENT: says this child is not yours; the school sees the link as DECLINED.' })
  async declineChildLink(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<boolean> {
    await decideChildLink(ctx.db, guardiansOf(ctx), idOf(id, 'PendingChildLink', 'id'), false);
    return true;
  }
}

const guardiansOf = (ctx: Context): number[] => scopeIds(requireViewer(ctx).grants, Permission.FAMILY, ScopeKind.GUARDIAN);
