import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { Node, toGlobalId } from '../../core/graphql/node.js';
import { PersonNames } from './person-names.js';

export enum Relationship {
  FATHER = 'FATHER',
  MOTHER = 'MOTHER',
  TUTOR = 'TUTOR',
}
registerEnumType(Relationship, { name: 'Relationship' });

export enum GuardianLinkStatus {
  CONFIRMED = 'CONFIRMED',
  PENDING = 'PENDING',
  DECLINED = 'DECLINED',
}
registerEnumType(GuardianLinkStatus, {
  name: 'GuardianLinkStatus',
  description: 'A link made by a school to a parent who has an account waits for the parent to confirm the child (PENDING), or was declined.',
});

@Entity('guardian')
@ObjectType({ implements: Node, description: 'A parent or legal tutor of one or more pupils.' })
export class Guardian extends PersonNames implements Node {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @Field(() => ID, { name: 'id' })
  get globalId(): string {
    return toGlobalId('Guardian', this.id);
  }

  // Contact details have no @Field: they reach the schema only through a field resolver that
  // checks the caller (GuardianResolver).
  @Column({ type: 'text', nullable: true })
  phone: string | null;

  @Column({ type: 'text', nullable: true })
  email: string | null;

  @Column({ name: 'national_id', type: 'text', nullable: true })
  nationalId: string | null;

  /** Set by the loader that reached this guardian through a pupil. */
  @Field(() => Relationship, { nullable: true, description: 'Relationship to the pupil this guardian was reached through.' })
  relationship?: Relationship;

  /** Set by the loader that reached this guardian through a pupil. */
  @Field(() => GuardianLinkStatus, { nullable: true, description: 'Status of the link to the pupil this guardian was reached through.' })
  linkStatus?: GuardianLinkStatus;

  /**
   * The contact recorded for the pupil this guardian was reached through, set by that loader:
   * what that pupil's school typed. Not a field: GuardianResolver decides who reads it.
   */
  linkContact?: { phone: string | null; email: string | null };
}
