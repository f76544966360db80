import { MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';

@InputType({ description: 'A class × subject and the teacher who teaches it.' })
export class AssignTeacherInput {
  @Field(() => ID)
  classId: string;

  @Field({ description: 'A subject of the class\'s level (and stream) curriculum, e.g. MATH.' })
  @MaxLength(20, { message: 'A subject code is at most 20 characters' })
  subjectCode: string;

  @Field(() => ID, { description: 'A teacher (StaffMember) of the class\'s school.' })
  teacherId: string;
}

@InputType({ description: 'A class × subject whose teacher is withdrawn.' })
export class RemoveTeachingAssignmentInput {
  @Field(() => ID)
  classId: string;

  @Field()
  @MaxLength(20, { message: 'A subject code is at most 20 characters' })
  subjectCode: string;
}
