import { Field, GraphQLISODateTime, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Node, toGlobalId } from '../../core/graphql/node.js';
import { TransferApprover, TransferSide } from './transfer.deciders.js';

export enum TransferStatus {
  /** Waiting for its first approval. */
  REQUESTED = 'REQUESTED',
  /** Approved by one side, waiting for the other (across academies). */
  APPROVED = 'APPROVED',
  REFUSED = 'REFUSED',
  CANCELLED = 'CANCELLED',
  /** Every approval in: the pupil is enrolled at the destination. */
  COMPLETED = 'COMPLETED',
}
registerEnumType(TransferStatus, {
  name: 'TransferStatus',
  valuesConfig: {
    REQUESTED: { description: 'Waiting for its first approval.' },
    APPROVED: { description: 'Approved by one academy, waiting for the other.' },
    COMPLETED: { description: 'Every approval in: the pupil is enrolled at the destination, the origin enrolment closed.' },
  },
});
registerEnumType(TransferSide, { name: 'TransferSide', description: 'The school a pupil leaves (ORIGIN) or goes to (DESTINATION).' });
registerEnumType(TransferApprover, { name: 'TransferApprover', description: 'Who approves a side: its school, its provincial directorate or its academy.' });

export const PENDING_TRANSFER = [TransferStatus.REQUESTED, TransferStatus.APPROVED];

@ObjectType({ description: 'One approval a transfer needs, and when it was given.' })
export class TransferApproval {
  @Field(() => TransferSide) side: TransferSide;
  @Field(() => TransferApprover) approver: TransferApprover;
  @Field(() => GraphQLISODateTime, { nullable: true }) approvedAt: Date | null;
}

/** A pupil moving school: requested by the origin or the destination, approved, then enrolled. */
@Entity('transfer')
@ObjectType({ implements: Node, description: 'A pupil moving school: requested by the origin or the destination, approved, then enrolled.' })
export class Transfer implements Node {
  @PrimaryColumn({ type: 'bigint', generated: 'identity' })
  id: string;

  @Field(() => ID, { name: 'id' })
  get globalId(): string {
    return toGlobalId('Transfer', this.id);
  }

  @Column({ name: 'student_id', type: 'bigint' })
  studentId: string;

  @Column({ name: 'from_school_id' })
  fromSchoolId: number;

  @Column({ name: 'to_school_id' })
  toSchoolId: number;

  @Column({ name: 'school_year_id', type: 'smallint' })
  schoolYearId: number;

  @Field(() => TransferStatus)
  @Column({ type: 'text' })
  status: TransferStatus;

  @Field(() => String, { nullable: true, description: 'Why the move is asked for.' })
  @Column({ type: 'text', nullable: true })
  reason: string | null;

  @Field(() => TransferSide, { description: 'Which school asked.' })
  @Column({ name: 'requested_by_side', type: 'text' })
  requestedBy: TransferSide;

  @Column({ name: 'requested_by', type: 'integer' })
  requestedByAccount: number;

  @Field(() => GraphQLISODateTime)
  @Column({ name: 'requested_at', type: 'timestamptz' })
  requestedAt: Date;

  @Column({ name: 'origin_approver', type: 'text', nullable: true })
  originApprover: TransferApprover | null;

  @Column({ name: 'destination_approver', type: 'text', nullable: true })
  destinationApprover: TransferApprover | null;

  @Column({ name: 'origin_approved_at', type: 'timestamptz', nullable: true })
  originApprovedAt: Date | null;

  @Column({ name: 'destination_approved_at', type: 'timestamptz', nullable: true })
  destinationApprovedAt: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When it was completed, refused or cancelled.' })
  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt: Date | null;

  @Column({ name: 'decided_by', type: 'integer', nullable: true })
  decidedBy: number | null;

  @Field(() => String, { nullable: true })
  @Column({ name: 'refusal_reason', type: 'text', nullable: true })
  refusalReason: string | null;

  @Column({ name: 'enrolment_id', type: 'bigint', nullable: true })
  enrolmentId: string | null;

  @Field(() => [TransferApproval], { description: 'The approvals it needs (who must decide), each with when it was given.' })
  get approvals(): TransferApproval[] {
    const sides: [TransferSide, TransferApprover | null, Date | null][] = [
      [TransferSide.ORIGIN, this.originApprover, this.originApprovedAt],
      [TransferSide.DESTINATION, this.destinationApprover, this.destinationApprovedAt],
    ];
    return sides.filter(([, approver]) => approver).map(([side, approver, approvedAt]) => ({ side, approver: approver!, approvedAt }));
  }

  /** Set by the loaders for the viewer: the sides it may still approve, and whether it may cancel. */
  mayApprove: TransferSide[] = [];
  mayCancelIt = false;

  @Field({ description: 'Whether you must still decide it (an approval of yours it waits for).' })
  get awaitingYou(): boolean {
    return PENDING_TRANSFER.includes(this.status) && this.mayApprove.length > 0;
  }

  @Field({ description: 'Whether you may cancel it (your school asked, and it is pending).' })
  get cancellable(): boolean {
    return PENDING_TRANSFER.includes(this.status) && this.mayCancelIt;
  }
}
