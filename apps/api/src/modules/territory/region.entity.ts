import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Node, toGlobalId } from '../../core/graphql/node.js';

@Entity('region')
@ObjectType({ implements: Node, description: 'A regional academy (AREF); 12 since 2015.' })
export class Region implements Node {
  @PrimaryColumn({ type: 'smallint' })
  id: number;

  @Field(() => ID, { name: 'id' })
  get globalId(): string {
    return toGlobalId('Region', this.id);
  }

  @Field({ description: 'HCP code, 01–12.' })
  @Column()
  code: string;

  @Field()
  @Column({ name: 'iso_code' })
  isoCode: string;

  @Field()
  @Column({ name: 'name_fr' })
  nameFr: string;

  @Field()
  @Column({ name: 'name_ar' })
  nameAr: string;

  @Field(() => Int, { description: 'Legal population, RGPH 2024.' })
  @Column()
  population: number;
}
