import { Role } from './viewer.js';

/**
 * What an account may do (DESIGN "Who may see what"). A grant pairs one permission with the
 * scope it holds in; the modules' rules (`<module>.access.ts`) say which rows each grant reaches.
 * Core knows the names only, never a domain table.
 */
export enum Permission {
  /** Territorial accounts: schools, classes and aggregated figures of their territory; no pupil identity. */
  TERRITORY_FIGURES = 'TERRITORY_FIGURES',
  /** School staff of any kind: the school itself, its staff list, its terms' history. */
  SCHOOL_MEMBER = 'SCHOOL_MEMBER',
  /** Director and secretariat: every class and pupil of the school, with guardians, grades and results. */
  SCHOOL_PUPILS = 'SCHOOL_PUPILS',
  /** Director and secretariat: register and enrol pupils. */
  REGISTRY_WRITE = 'REGISTRY_WRITE',
  /** Director: lock, reopen and publish terms, class councils, grades on a teacher's behalf, the audit trail. */
  TERM_MANAGE = 'TERM_MANAGE',
  /** Teacher: the classes × subjects assigned, their pupils, assessments and grades. */
  TEACH = 'TEACH',
  /** Parent (a guardian's children) or pupil (self): published results, dates, own records. */
  FAMILY = 'FAMILY',
}

export enum ScopeKind {
  NATION = 'NATION',
  REGION = 'REGION',
  PROVINCE = 'PROVINCE',
  SCHOOL = 'SCHOOL',
  /** A staff member's own teaching assignments, in any school. */
  TEACHER = 'TEACHER',
  /** A guardian's children. */
  GUARDIAN = 'GUARDIAN',
  /** One pupil, self. */
  STUDENT = 'STUDENT',
}

export interface GrantScope {
  kind: ScopeKind;
  /** The region, province, school, staff member, guardian or student id; null for NATION. */
  id: number | null;
}

export interface Grant {
  permission: Permission;
  scope: GrantScope;
}

/** The ids an account row carries, one per kind of scope (the session's account columns). */
export interface AccountScopeIds {
  regionId: number | null;
  provinceId: number | null;
  schoolId: number | null;
  staffMemberId: number | null;
  guardianId: number | null;
  studentId: number | null;
}

const at = (kind: ScopeKind, id: number | null): GrantScope | null => (kind === ScopeKind.NATION ? { kind, id: null } : Number.isSafeInteger(id) ? { kind, id } : null);

/** What each role is granted, and in which of the account's scopes (none when the id is missing). */
const ROLE_GRANTS: Record<Role, { permission: Permission; kind: ScopeKind; id: keyof AccountScopeIds | null }[]> = {
  [Role.MINISTRY]: [{ permission: Permission.TERRITORY_FIGURES, kind: ScopeKind.NATION, id: null }],
  [Role.REGION]: [{ permission: Permission.TERRITORY_FIGURES, kind: ScopeKind.REGION, id: 'regionId' }],
  [Role.PROVINCE]: [{ permission: Permission.TERRITORY_FIGURES, kind: ScopeKind.PROVINCE, id: 'provinceId' }],
  [Role.DIRECTOR]: [Permission.SCHOOL_MEMBER, Permission.SCHOOL_PUPILS, Permission.REGISTRY_WRITE, Permission.TERM_MANAGE]
    .map((permission) => ({ permission, kind: ScopeKind.SCHOOL, id: 'schoolId' as const })),
  [Role.STAFF]: [Permission.SCHOOL_MEMBER, Permission.SCHOOL_PUPILS, Permission.REGISTRY_WRITE]
    .map((permission) => ({ permission, kind: ScopeKind.SCHOOL, id: 'schoolId' as const })),
  [Role.TEACHER]: [
    { permission: Permission.SCHOOL_MEMBER, kind: ScopeKind.SCHOOL, id: 'schoolId' },
    { permission: Permission.TEACH, kind: ScopeKind.TEACHER, id: 'staffMemberId' },
  ],
  [Role.PARENT]: [{ permission: Permission.FAMILY, kind: ScopeKind.GUARDIAN, id: 'guardianId' }],
  [Role.PUPIL]: [{ permission: Permission.FAMILY, kind: ScopeKind.STUDENT, id: 'studentId' }],
  // API clients get the grants of their token (module integrations); none until then.
  [Role.API_CLIENT]: [],
};

/** The grants of an account, from its role and scope ids. A missing id grants nothing. */
export function grantsFor(role: Role, ids: AccountScopeIds): Grant[] {
  return ROLE_GRANTS[role].flatMap(({ permission, kind, id }) => {
    const scope = at(kind, id ? ids[id] : null);
    return scope ? [{ permission, scope }] : [];
  });
}

/** Whether any grant of the viewer carries one of these permissions (in whatever scope). */
export const holdsAny = (grants: readonly Grant[], permissions: readonly Permission[]) => grants.some((g) => permissions.includes(g.permission));

/** The scope ids of a kind that the viewer holds a permission in (a parent's guardian id…). */
export const scopeIds = (grants: readonly Grant[], permission: Permission, kind: ScopeKind): number[] =>
  grants.filter((g) => g.permission === permission && g.scope.kind === kind).map((g) => g.scope.id as number);
