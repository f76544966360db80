import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { toGlobalId } from '../../core/graphql/node.js';
import { Cycle } from '../territory/school.entity.js';

@Entity('level')
@ObjectType({ description: '1AP…6AP, 1AC…3AC, TC, 1BAC, 2BAC.' })
export class Level {
  @PrimaryColumn({ type: 'smallint' })
  id: number;

  @Field(() => ID, { name: 'id' })
  get globalId(): string {
    return toGlobalId('Level', this.id);
  }

  @Field()
  @Column()
  code: string;

  @Field(() => Cycle)
  @Column({ type: 'text' })
  cycle: Cycle;

  @Field()
  @Column({ name: 'name_fr' })
  nameFr: string;

  @Field()
  @Column({ name: 'name_ar' })
  nameAr: string;

  @Column({ name: 'next_level_id', type: 'smallint', nullable: true })
  nextLevelId: number | null;
}
