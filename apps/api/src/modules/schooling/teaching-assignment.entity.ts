import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { toGlobalId } from '../../core/graphql/node.js';

@Entity('teaching_assignment')
@ObjectType({ description: 'A teacher teaching one subject to one class.' })
export class TeachingAssignment {
  @PrimaryGeneratedColumn()
  id: number;

  @Field(() => ID, { name: 'id' })
  get globalId(): string {
    return toGlobalId('TeachingAssignment', this.id);
  }

  @Column({ name: 'school_id' })
  schoolId: number;

  @Column({ name: 'class_id' })
  classId: number;

  @Column({ name: 'subject_id', type: 'smallint' })
  subjectId: number;

  @Column({ name: 'teacher_id' })
  teacherId: number;
}
