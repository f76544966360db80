import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { Node, toGlobalId } from '../../core/graphql/node.js';
import { PersonNames } from './person-names.js';

export enum StaffPosition {
  TEACHER = 'TEACHER',
  DIRECTOR = 'DIRECTOR',
  ADMINISTRATIVE = 'ADMINISTRATIVE',
}
registerEnumType(StaffPosition, { name: 'StaffPosition' });

@Entity('staff_member')
@ObjectType({ implements: Node, description: 'A teacher, director or member of a school administration.' })
export class StaffMember extends PersonNames implements Node {
  @PrimaryGeneratedColumn()
  id: number;

  @Field(() => ID, { name: 'id' })
  get globalId(): string {
    return toGlobalId('StaffMember', this.id);
  }

  @Column({ name: 'school_id', type: 'int', nullable: true })
  schoolId: number | null;

  @Field(() => StaffPosition)
  @Column({ type: 'text' })
  position: StaffPosition;

  @Column({ type: 'text', nullable: true })
  email: string | null;

  @Column({ type: 'text', nullable: true })
  phone: string | null;
}
