import { Field, ID, ObjectType } from 'type-graphql';
import { DateResolver } from 'graphql-scalars';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { toGlobalId } from '../../core/graphql/node.js';

@Entity('school_year')
@ObjectType({ description: 'A school year such as 2025-2026, with two terms S1 and S2.' })
export class SchoolYear {
  @PrimaryGeneratedColumn({ type: 'smallint' })
  id: number;

  @Field(() => ID, { name: 'id' })
  get globalId(): string {
    return toGlobalId('SchoolYear', this.id);
  }

  @Field()
  @Column()
  name: string;

  @Field(() => DateResolver)
  @Column({ name: 'starts_on', type: 'date' })
  startsOn: string;

  @Field(() => DateResolver)
  @Column({ name: 'ends_on', type: 'date' })
  endsOn: string;
}
