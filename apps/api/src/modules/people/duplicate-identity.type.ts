import { Field, ObjectType } from 'type-graphql';
import { Student } from './student.entity.js';

@ObjectType({ description: 'A pupil in your scope with the names, birth date and birth place typed.' })
export class IdentityMatch {
  @Field(() => Student) student: Student;
  /** Resolved by IdentityMatchResolver.currentSchool, under the school rule. */
  currentSchoolId: number | null;
}

@ObjectType({ description: 'Pupils who may be the one being registered (registration refuses with POSSIBLE_DUPLICATE unless allowDuplicate).' })
export class PossibleDuplicates {
  @Field(() => [IdentityMatch], { description: 'Matches within your scope: use their code Massar (enrolStudent) rather than registering again.' })
  matches: IdentityMatch[];

  @Field({
    description:
      'Whether a pupil with this identity is registered outside your scope (nothing else is said of them): ask the family for the code Massar and request a transfer.',
  })
  existsElsewhere: boolean;
}
