import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { Node, toGlobalId } from '../../core/graphql/node.js';

@Entity('school_class')
@ObjectType({ implements: Node, description: 'A class (division) of one level in one school and year, e.g. 1AC-3.' })
export class SchoolClass implements Node {
  @PrimaryGeneratedColumn()
  id: number;

  @Field(() => ID, { name: 'id' })
  get globalId(): string {
    return toGlobalId('SchoolClass', this.id);
  }

  @Column({ name: 'school_id' })
  schoolId: number;

  @Column({ name: 'school_year_id', type: 'smallint' })
  schoolYearId: number;

  @Column({ name: 'level_id', type: 'smallint' })
  levelId: number;

  @Column({ name: 'stream_id', type: 'smallint', nullable: true })
  streamId: number | null;

  @Field()
  @Column()
  name: string;

  @Field(() => Int, { description: 'At most this many pupils may be enrolled.' })
  @Column({ type: 'smallint' })
  capacity: number;
}
