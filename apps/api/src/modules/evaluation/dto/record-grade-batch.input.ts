import { ArrayMaxSize, IsOptional, MaxLength, ValidateNested } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { GradeInput } from './record-grades.input.js';

/** A batch holds the assessments of one class × subject × term: a term rarely has more than a dozen. */
export const MAX_BATCH_ASSESSMENTS = 30;

@InputType({ description: 'One assessment\'s rows in a batch.' })
export class AssessmentGradesInput {
  @Field(() => ID) assessmentId: string;
  // Rows are checked one by one in the service, so that the error names the assessment and the row.
  @Field(() => [GradeInput], { description: 'The rows that change: at most one per pupil.' }) @ArrayMaxSize(100) grades: GradeInput[];
}

@InputType({ description: 'Several assessments\' grades (a grid\'s columns), written all or nothing.' })
export class RecordGradeBatchInput {
  @Field(() => [AssessmentGradesInput], { description: `At most ${MAX_BATCH_ASSESSMENTS} assessments, each at most once.` })
  @ArrayMaxSize(MAX_BATCH_ASSESSMENTS)
  @ValidateNested({ each: true })
  assessments: AssessmentGradesInput[];

  @Field(() => String, { nullable: true, description: 'Why existing grades change; kept in the audit trail of every change of the batch.' })
  @IsOptional()
  @MaxLength(500)
  reason?: string;
}
