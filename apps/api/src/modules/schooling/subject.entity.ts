import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { toGlobalId } from '../../core/graphql/node.js';

@Entity('subject')
@ObjectType()
export class Subject {
  @PrimaryGeneratedColumn({ type: 'smallint' })
  id: number;

  @Field(() => ID, { name: 'id' })
  get globalId(): string {
    return toGlobalId('Subject', this.id);
  }

  // Plain properties, read without a resolver wrapper: a class's results name a subject 450 times.
  @Field({ simple: true })
  @Column()
  code: string;

  @Field({ simple: true })
  @Column({ name: 'name_fr' })
  nameFr: string;

  @Field({ simple: true })
  @Column({ name: 'name_ar' })
  nameAr: string;
}
