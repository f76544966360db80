import { IsISO8601, Matches } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { IsPersonName } from '../person-name.js';

@InputType({ description: 'What identifies a pupil at registration: Latin names, birth date and birth place.' })
export class IdentityInput {
  @Field() @IsPersonName() firstName: string;
  @Field() @IsPersonName() lastName: string;
  @Field({ description: 'YYYY-MM-DD' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'A birth date looks like 2014-09-30' })
  @IsISO8601({ strict: true }, { message: 'This date does not exist' })
  birthDate: string;
  @Field() @IsPersonName(100) birthPlace: string;
}
