import { Field, InputType } from 'type-graphql';
import { IsNotEmpty, MaxLength } from 'class-validator';

@InputType()
export class LoginInput {
  @Field({ description: 'An e-mail address, or a pupil\'s code Massar.' })
  @IsNotEmpty({ message: 'Enter your e-mail or code Massar' })
  @MaxLength(254)
  identifier: string;

  @Field()
  @IsNotEmpty({ message: 'Enter your password' })
  @MaxLength(200)
  password: string;
}
