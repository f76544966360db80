import { type AccountScopeIds, grantsFor } from '../core/auth/grants.js';
import { Role, type Viewer } from '../core/auth/viewer.js';

/** A GraphQL answer as the benches read it. */
export interface Gql<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

const NO_SCOPE: AccountScopeIds = { regionId: null, provinceId: null, schoolId: null, staffMemberId: null, guardianId: null, studentId: null };

/** A viewer with the grants of a real account of that role and scope (no session: the bench runs in-process). */
const benchViewer = (role: Role, scope: Partial<AccountScopeIds>): Viewer => ({
  accountId: 0, role, displayName: 'Bench', email: null, grants: grantsFor(role, { ...NO_SCOPE, ...scope }),
});

/** A school's director. */
export const director = (schoolId: number): Viewer => benchViewer(Role.DIRECTOR, { schoolId });

/** The provincial directorate, which alone runs a collective move (the carte scolaire). */
export const directorate = (provinceId: number): Viewer => benchViewer(Role.PROVINCE, { provinceId });
