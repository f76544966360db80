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

/** The logged-in account and the grants every query is answered within. */
export interface Viewer {
  accountId: number;
  role: Role;
  displayName: string;
  email: string | null;
  /** (permission, scope) pairs: what the account may do, and where (grants.ts). */
  grants: Grant[];
}
