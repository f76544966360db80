import { ArrayMaxSize, ArrayMinSize, MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';

/** At most this many pupils per move: a class page's selection, and a bounded transaction. */
export const MOVE_STUDENTS_MAX = 100;

@InputType()
export class MoveStudentsInput {
  @Field(() => ID, { description: 'The class the pupils go to; they must be the school\'s pupils in another of its classes that year.' })
  classId: string;

  @Field(() => [String], { description: `Codes Massar, distinct, at most ${MOVE_STUDENTS_MAX}.` })
  @ArrayMinSize(1, { message: 'Choose at least one pupil' })
  @ArrayMaxSize(MOVE_STUDENTS_MAX, { message: `At most ${MOVE_STUDENTS_MAX} pupils at once` })
  @MaxLength(20, { each: true, message: 'A code Massar is one letter followed by nine digits' })
  codesMassar: string[];
}
