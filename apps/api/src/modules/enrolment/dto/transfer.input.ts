import { ArrayMaxSize, IsOptional, Matches, MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { TransferStatus } from '../transfer.entity.js';

@InputType()
export class RequestTransferInput {
  @Field({ description: 'The pupil\'s code Massar.' })
  codeMassar: string;

  @Field({ description: 'The school the pupil goes to.' })
  @Matches(/^[A-Za-z0-9]{1,20}$/, { message: 'A school code is letters and digits' })
  toSchoolCode: string;

  @Field(() => String, { nullable: true, description: 'Why the move is asked for.' })
  @IsOptional()
  @MaxLength(500)
  reason?: string;

  @Field(() => String, {
    nullable: true,
    description: 'YYYY-MM-DD. Required when the destination asks: with the code Massar, it shows the school knows the pupil (else NOT_FOUND, as for an unknown code).',
  })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'A birth date looks like 2014-09-30' })
  birthDate?: string;
}

@InputType()
export class DecideTransferInput {
  @Field(() => ID) transferId: string;

  @Field({ description: 'true approves your side; false refuses the transfer (with a reason).' })
  approve: boolean;

  @Field(() => String, { nullable: true, description: 'Required to refuse.' })
  @IsOptional()
  @MaxLength(500)
  reason?: string;

  @Field(() => ID, {
    nullable: true,
    description: 'The destination school deciding: the class to enrol the pupil in. Otherwise the least-filled class of the pupil\'s level (and stream) with a free seat.',
  })
  @IsOptional()
  classId?: string;
}

@InputType()
export class CancelTransferInput {
  @Field(() => ID) transferId: string;
}

@InputType()
export class TransferFilterInput {
  @Field(() => TransferStatus, { nullable: true, description: 'One status (with statuses, both apply).' })
  @IsOptional()
  status?: TransferStatus;

  @Field(() => [TransferStatus], { nullable: true, description: 'Any of these statuses: e.g. COMPLETED, REFUSED and CANCELLED for those over.' })
  @IsOptional()
  @ArrayMaxSize(5)
  statuses?: TransferStatus[];

  @Field(() => Boolean, {
    nullable: true,
    description: 'true: those your school asked for (a directorate or academy: a school of its territory); false: the others.',
  })
  @IsOptional()
  requestedByYou?: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'A code Massar prefix (a letter, then digits) or a last-name prefix, Latin or Arabic; matches only pupils the transfer shows you (Transfer.student).',
  })
  @IsOptional()
  @MaxLength(40)
  search?: string;

  @Field(() => String, { nullable: true, description: 'Transfers from or to this school.' })
  @IsOptional()
  @MaxLength(20)
  schoolCode?: string;

  @Field(() => Boolean, { nullable: true, description: 'Only those waiting for your decision.' })
  @IsOptional()
  awaitingYou?: boolean;
}
