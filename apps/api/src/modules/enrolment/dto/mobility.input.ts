import { ArrayMaxSize, ArrayMinSize, Matches } from 'class-validator';
import { Field, InputType } from 'type-graphql';

const SCHOOL_CODE = /^[A-Za-z0-9]{6,10}$/;
const SCHOOL_CODE_MESSAGE = 'A school code is 6 to 10 letters and digits';
const YEAR = /^\d{4}-\d{4}$/;
const YEAR_MESSAGE = 'A school year looks like 2026-2027';

@InputType()
export class RolloverInput {
  @Field({ description: 'The school whose year is rolled over.' })
  @Matches(SCHOOL_CODE, { message: SCHOOL_CODE_MESSAGE })
  schoolCode: string;

  @Field({ description: 'The year to open, e.g. 2026-2027 (created when missing); the year before it is rolled over.' })
  @Matches(YEAR, { message: YEAR_MESSAGE })
  toYear: string;

  @Field({ description: 'Compute the same report and write nothing.' })
  dryRun: boolean;
}

@InputType()
export class MoveCohortInput {
  @Field(() => [String], { description: 'The schools the pupils leave (e.g. primary schools), in the receiving school\'s province.' })
  @ArrayMinSize(1)
  @ArrayMaxSize(200)
  @Matches(SCHOOL_CODE, { each: true, message: SCHOOL_CODE_MESSAGE })
  fromSchoolCodes: string[];

  @Field({ description: 'The last level of their cycle: 6AP (to 1AC) or 3AC (to TC).' })
  @Matches(/^[0-9A-Z]{2,5}$/i, { message: 'A level code looks like 6AP' })
  levelCode: string;

  @Field({ description: 'The school that receives them, in its classes of the next level for the following year: one of your directorate\'s province.' })
  @Matches(SCHOOL_CODE, { message: SCHOOL_CODE_MESSAGE })
  toSchoolCode: string;

  @Field({ description: 'The year the pupils finish, e.g. 2025-2026.' })
  @Matches(YEAR, { message: YEAR_MESSAGE })
  year: string;

  @Field({ description: 'Compute the same report and write nothing.' })
  dryRun: boolean;
}
