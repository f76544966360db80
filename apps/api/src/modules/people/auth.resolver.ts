import { Arg, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Permission, ScopeKind, scopeIds } from '../../core/auth/grants.js';
import { type Context, loader } from '../../core/context.js';
import { Public } from '../../core/graphql/public.js';
import { login, logout } from './account.service.js';
import { LoginInput } from './dto/login.input.js';
import { childrenByGuardian, studentById } from './people.loaders.js';
import { scopeOf } from './scope.service.js';
import { Student } from './student.entity.js';
import { LoginPayload, Scope, ViewerObject } from './viewer.type.js';


@Resolver(() => ViewerObject)
export class AuthResolver {
  @Public()
  @Query(() => ViewerObject, { nullable: true, description: 'The logged-in account; null when nobody is.' })
  me(@Ctx() ctx: Context): ViewerObject | null {
    return ctx.viewer ? new ViewerObject(ctx.viewer) : null;
  }

  @Public()
  @Mutation(() => LoginPayload, { description: 'E-mail or code Massar; sets the httpOnly session cookie.' })
  async login(@Arg('input') input: LoginInput, @Ctx() ctx: Context): Promise<LoginPayload> {
    const session = await login(ctx.db, { ...input, address: ctx.clientAddress, sessionDays: ctx.sessionDays, deviceTokens: ctx.session.deviceTokens });
    ctx.session.set(session.token, session.expires);
    ctx.session.setDevice(session.device.tokens, session.device.expires);
    ctx.viewer = session.viewer;
    return { viewer: new ViewerObject(session.viewer) };
  }

  @Public()
  @Mutation(() => Boolean, { description: 'Ends the session; true even when there was none.' })
  async logout(@Ctx() ctx: Context): Promise<boolean> {
    if (ctx.session.token) await logout(ctx.db, ctx.session.token);
    ctx.session.clear();
    return true;
  }

  @Authorized()
  @FieldResolver(() => Scope)
  scope(@Root() me: ViewerObject, @Ctx() ctx: Context): Promise<Scope> {
    return scopeOf(ctx.db, me.viewer);
  }

  @Authorized()
  @FieldResolver(() => [Student], { description: 'PARENT: own children; PUPIL: self; others: empty.' })
  async children(@Root() me: ViewerObject, @Ctx() ctx: Context): Promise<Student[]> {
    const { grants } = me.viewer;
    const [children, selves] = await Promise.all([
      loader(ctx, childrenByGuardian).loadMany(scopeIds(grants, Permission.FAMILY, ScopeKind.GUARDIAN)),
      loader(ctx, studentById).loadMany(scopeIds(grants, Permission.FAMILY, ScopeKind.STUDENT)),
    ]);
    return [...children.flat(), ...selves].filter((s): s is Student => s instanceof Student);
  }
}
