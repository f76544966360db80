import { registerEnumType } from 'type-graphql';
import { type Grant } from './grants.js';

export enum Role {
  MINISTRY = 'MINISTRY',
  REGION = 'REGION',
  PROVINCE = 'PROVINCE',
  DIRECTOR = 'DIRECTOR',
  STAFF = 'STAFF',
  TEACHER = 'TEACHER',
  PARENT = 'PARENT',
  PUPIL = 'PUPIL',
  API_CLIENT = 'API_CLIENT',
}
registerEnumType(Role, { name: 'Role', description: 'What an account may do; its scope says where.' });

export const ALL_ROLES = Object.values(Role);
export const SCHOOL_ROLES = [Role.DIRECTOR, Role.STAFF, Role.TEACHER];
export const FAMILY_ROLES = [Role.PARENT, Role.PUPIL];

/** The logged-in account and the grants every query is answered within. */
export interface Viewer {
  accountId: number;
  role: Role;
  displayName: string;
  email: string | null;
  /** (permission, scope) pairs: what the account may do, and where (grants.ts). */
  grants: Grant[];
  regionId: number | null;
  provinceId: number | null;
  schoolId: number | null;
  staffMemberId: number | null;
  guardianId: number | null;
  studentId: number | null;
}
