import { Field, GraphQLISODateTime, ID, ObjectType, registerEnumType } from 'type-graphql';
import { DateResolver } from 'graphql-scalars';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { Node, toGlobalId } from '../../core/graphql/node.js';
import { PersonNames } from './person-names.js';

export enum Gender {
  F = 'F',
  M = 'M',
}
registerEnumType(Gender, { name: 'Gender' });

@Entity('student')
@ObjectType({ implements: Node, description: 'A pupil, identified for life by the code Massar.' })
export class Student extends PersonNames implements Node {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @Field(() => ID, { name: 'id' })
  get globalId(): string {
    return toGlobalId('Student', this.id);
  }

  @Field()
  @Column({ name: 'code_massar', type: 'text' })
  codeMassar: string;

  @Field(() => DateResolver)
  @Column({ name: 'birth_date', type: 'date' })
  birthDate: string;

  @Field()
  @Column({ name: 'birth_place' })
  birthPlace: string;

  @Field(() => Gender)
  @Column({ type: 'char', length: 1 })
  gender: Gender;

  @Field(() => GraphQLISODateTime)
  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
