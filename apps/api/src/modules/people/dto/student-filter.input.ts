import { Field, ID, InputType } from 'type-graphql';
import { IsOptional, Matches, MaxLength } from 'class-validator';

@InputType()
export class StudentFilterInput {
  @Field(() => ID, { nullable: true }) @IsOptional() schoolId?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() classId?: string;
  @Field({ nullable: true, description: 'A school year such as 2025-2026.' })
  @IsOptional()
  @Matches(/^\d{4}-\d{4}$/, { message: 'A school year looks like 2025-2026' })
  year?: string;
  @Field({ nullable: true, description: 'A code Massar, or the start of the last name.' })
  @IsOptional()
  @MaxLength(100)
  search?: string;
}
