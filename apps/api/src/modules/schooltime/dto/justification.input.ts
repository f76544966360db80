import { ArrayMaxSize, ArrayMinSize, IsOptional, MaxLength, ValidateNested } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { JustificationReason } from '../absence.types.js';

@InputType({ description: 'A file sent with a justification: JPEG, PNG, WebP or PDF (checked by its content), at most 1.5 MB decoded.' })
export class JustificationAttachmentInput {
  @Field({ description: 'image/jpeg, image/png, image/webp or application/pdf: must be what the file is.' })
  @MaxLength(40)
  contentType: string;

  @Field({ description: 'The file, base64 (no data: prefix, no line breaks).' })
  base64: string;
}

@InputType({ description: 'A justification of absences of one pupil (one certificate may cover several).' })
export class JustifyAbsenceInput {
  @Field(() => [ID], { description: 'AbsenceRecord ids, of one pupil at one school.' })
  @ArrayMinSize(1)
  @ArrayMaxSize(60)
  absenceIds: string[];

  @Field(() => JustificationReason)
  reason: JustificationReason;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(1000)
  note?: string | null;

  @Field(() => JustificationAttachmentInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  attachment?: JustificationAttachmentInput | null;
}

@InputType()
export class DecideJustificationInput {
  @Field(() => ID, { description: 'A Justification id.' })
  justificationId: string;

  @Field({ description: 'true accepts (the absences count as justified); false refuses, with a reason.' })
  accept: boolean;

  @Field(() => String, { nullable: true, description: 'Required to refuse; shown to the family.' })
  @IsOptional()
  @MaxLength(500)
  reason?: string | null;
}
