import { IsIn, IsOptional, Matches, MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { Term } from '../evaluation.enums.js';

@InputType({ description: 'A grade sheet sent back: the .xlsx file base64-encoded, with the class × subject × term it is meant for.' })
export class GradeSheetUploadInput {
  @Field(() => ID) classId: string;
  @Field({ description: 'MATH, FR, AR…' }) @Matches(/^[A-Z_]{2,12}$/, { message: 'A subject code looks like MATH' }) subjectCode: string;
  @Field(() => Term) @IsIn(Object.values(Term)) term: Term;
  // The size cap is checked in the service, so that the error says FILE_TOO_LARGE.
  @Field({ description: 'The .xlsx file, base64: at most 2,000,000 characters (a file of about 1.5 MB).' }) base64: string;
  @Field(() => String, { nullable: true, description: 'Kept in the audit trail after "Import xlsx".' })
  @IsOptional()
  @MaxLength(500)
  reason?: string;
}
