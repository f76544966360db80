import { type AuthChecker } from 'type-graphql';
import { CoreErrorReason, DomainError, ErrorCode } from '../errors.js';
import { type Context } from '../context.js';
import { holdsAny, type Permission } from './grants.js';

/**
 * The first of the mechanism's two checks, for every @Authorized field: `@Authorized()` means
 * "any logged-in account", `@Authorized(Permission.X, …)` an account holding one of these
 * permissions somewhere; the rules then decide which rows (rules.ts). Fields without
 * @Authorized are refused at schema build unless @Public.
 */
export const authChecker: AuthChecker<Context, Permission> = ({ context }, permissions) => {
  if (!context.viewer) throw new DomainError(ErrorCode.UNAUTHENTICATED, 'You must log in', { reason: CoreErrorReason.UNAUTHENTICATED });
  if (permissions.length === 0 || holdsAny(context.viewer.grants, permissions)) return true;
  throw new DomainError(ErrorCode.FORBIDDEN, 'Your account may not do this', { reason: CoreErrorReason.PERMISSION });
};
