import { type AuthChecker } from 'type-graphql';
import { DomainError, ErrorCode } from '../errors.js';
import { type Context } from '../context.js';
import { type Role } from './viewer.js';

/**
 * Role check for every @Authorized field. `@Authorized()` with no roles means "any logged-in
 * account". Fields without @Authorized are refused by denyUnmarkedRootFields unless @Public.
 */
export const authChecker: AuthChecker<Context, Role> = ({ context }, roles) => {
  if (!context.viewer) throw new DomainError(ErrorCode.UNAUTHENTICATED, 'You must log in', { reason: 'UNAUTHENTICATED' });
  if (roles.length === 0 || roles.includes(context.viewer.role)) return true;
  throw new DomainError(ErrorCode.FORBIDDEN, 'Your role may not do this', { reason: 'ROLE' });
};
