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

const CONTACT_DESCRIPTION = 'Null unless you are school staff or this guardian: the contact recorded for the pupil this guardian was reached through.';

@Entity('guardian')
@ObjectType({ implements: Node, description: 'A parent or legal tutor of one or more pupils.' })
export class Guardian extends PersonNames implements Node {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @Field(() => ID, { name: 'id' })
  get globalId(): string {
    return toGlobalId('Guardian', this.id);
  }

  // The guardian's own record: no @Field. What a viewer reads is `phone` and `email` below.
  @Column({ name: 'phone', type: 'text', nullable: true })
  recordedPhone: string | null;

  @Column({ name: 'email', type: 'text', nullable: true })
  recordedEmail: string | null;

  /** Set by the loader that reached this guardian, for its viewer (guardian-contact.ts); absent: null. */
  @Field(() => String, { nullable: true, description: CONTACT_DESCRIPTION })
  phone?: string | null;

  @Field(() => String, { nullable: true, description: CONTACT_DESCRIPTION })
  email?: string | null;

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
   * what that pupil's school typed. Not a field: guardian-contact.ts decides who reads it.
   */
  linkContact?: { phone: string | null; email: string | null };
}
