import { ArrayMaxSize, IsOptional, MaxLength } from 'class-validator';
import { Field, Float, ID, InputType } from 'type-graphql';
import { Absence } from '../evaluation.enums.js';

@InputType()
export class GradeInput {
  @Field() codeMassar: string;
  @Field(() => Float, { nullable: true, description: '0 to 20, at most two decimals; null when absent.' }) value?: number | null;
  @Field(() => Absence, { nullable: true }) absence?: Absence | null;
}

@InputType()
export class RecordGradesInput {
  @Field(() => ID) assessmentId: string;
  // Rows are checked one by one in the service, so that the error names the row.
  @Field(() => [GradeInput], { description: 'A whole class at once: all rows are written or none.' }) @ArrayMaxSize(100) grades: GradeInput[];
  @Field(() => String, { nullable: true, description: 'Why existing grades change; kept in the audit trail.' })
  @IsOptional()
  @MaxLength(500)
  reason?: string;
}
