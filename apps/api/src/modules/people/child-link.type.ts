import { Field, GraphQLISODateTime, ID, ObjectType } from 'type-graphql';
import { toGlobalId } from '../../core/graphql/node.js';
import { Relationship } from './guardian.entity.js';

/**
 * A school's request to link a child to the logged-in parent, waiting for the parent: only what
 * the parent needs to recognise the child, nothing of the child's record until confirmed.
 */
@ObjectType({ description: 'A child a school registered with you as guardian, waiting for you to confirm that it is your child.' })
export class PendingChildLink {
  studentId: string;

  @Field(() => ID, { description: 'Pass it to confirmChildLink or declineChildLink.' })
  get id(): string {
    return toGlobalId('PendingChildLink', this.studentId);
  }

  @Field() firstName: string;
  @Field() lastName: string;
  @Field() firstNameAr: string;
  @Field() lastNameAr: string;
  @Field(() => Relationship, { description: 'What the school registered you as.' }) relationship: Relationship;
  @Field({ description: 'The school that registered the child (French name).' }) schoolNameFr: string;
  @Field() schoolNameAr: string;
  @Field(() => GraphQLISODateTime) requestedAt: Date;
}
