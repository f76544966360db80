import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Role, type Viewer } from '../../core/auth/viewer.js';
import { toGlobalId } from '../../core/graphql/node.js';

export enum ScopeKind {
  NATIONAL = 'NATIONAL',
  REGION = 'REGION',
  PROVINCE = 'PROVINCE',
  SCHOOL = 'SCHOOL',
  FAMILY = 'FAMILY',
  SELF = 'SELF',
  API = 'API',
}
registerEnumType(ScopeKind, { name: 'ScopeKind' });

@ObjectType({ description: 'Where an account may act, named for display.' })
export class Scope {
  @Field(() => ScopeKind) kind: ScopeKind;
  @Field() nameFr: string;
  @Field() nameAr: string;
  @Field(() => String, { nullable: true, description: 'Region, province or school code.' }) code: string | null;
}

/** The logged-in account as the schema shows it; built from the session's Viewer. */
@ObjectType('Viewer')
export class ViewerObject {
  constructor(readonly viewer: Viewer) {}

  @Field(() => ID)
  get id(): string {
    return toGlobalId('Account', this.viewer.accountId);
  }

  @Field(() => Role)
  get role(): Role {
    return this.viewer.role;
  }

  @Field()
  get displayName(): string {
    return this.viewer.displayName;
  }

  @Field(() => String, { nullable: true })
  get email(): string | null {
    return this.viewer.email;
  }
}

@ObjectType()
export class LoginPayload {
  @Field(() => ViewerObject) viewer: ViewerObject;
}
