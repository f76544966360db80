import { ArrayMaxSize, ArrayMinSize, IsBoolean, IsEmail, IsIn, IsOptional, Matches, MaxLength, ValidateNested } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { Gender } from '../../people/student.entity.js';
import { Relationship } from '../../people/guardian.entity.js';
import { IsPersonName } from '../../people/person-name.js';

@InputType()
export class GuardianInput {
  @Field() @IsPersonName() firstName: string;
  @Field() @IsPersonName() lastName: string;
  @Field() @IsPersonName() firstNameAr: string;
  @Field() @IsPersonName() lastNameAr: string;
  @Field(() => Relationship) @IsIn(Object.values(Relationship)) relationship: Relationship;
  @Field({ nullable: true, description: 'Moroccan mobile number, e.g. 0612345678 or +212612345678.' })
  @IsOptional()
  @Matches(/^(\+212|0)[5-7]\d{8}$/, { message: 'A phone number looks like 0612345678' })
  phone?: string;
  @Field({ nullable: true }) @IsOptional() @IsEmail({}, { message: 'This e-mail address is not valid' }) @MaxLength(254) email?: string;
  @Field({ nullable: true, description: 'CIN, national identity card number.' })
  @IsOptional()
  @Matches(/^[A-Z]{1,2}\d{1,6}$/, { message: 'A CIN looks like AB123456' })
  nationalId?: string;
}

@InputType()
export class RegisterStudentInput {
  @Field(() => ID, { description: 'The class to enrol the new pupil in; its school year is the enrolment\'s.' })
  classId: string;
  @Field() @IsPersonName() firstName: string;
  @Field() @IsPersonName() lastName: string;
  @Field() @IsPersonName() firstNameAr: string;
  @Field() @IsPersonName() lastNameAr: string;
  @Field({ description: 'YYYY-MM-DD' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'A birth date looks like 2014-09-30' })
  birthDate: string;
  @Field() @IsPersonName(100) birthPlace: string;
  @Field(() => Gender) @IsIn(Object.values(Gender)) gender: Gender;
  @Field(() => [GuardianInput])
  @ArrayMinSize(1, { message: 'A pupil needs at least one guardian' })
  @ArrayMaxSize(4)
  @ValidateNested({ each: true })
  guardians: GuardianInput[];
  @Field({
    nullable: true,
    defaultValue: false,
    description: 'Register even though a pupil with the same names, birth date and birth place exists (POSSIBLE_DUPLICATE): the secretary checked it is another child.',
  })
  @IsOptional()
  @IsBoolean()
  allowDuplicate?: boolean;
}

@InputType()
export class EnrolStudentInput {
  @Field({ description: 'The pupil\'s code Massar.' }) codeMassar: string;
  @Field(() => ID) classId: string;
}
