import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { Node, toGlobalId } from '../../core/graphql/node.js';

export enum Cycle {
  PRIMARY = 'PRIMARY',
  MIDDLE = 'MIDDLE',
  SECONDARY = 'SECONDARY',
}
registerEnumType(Cycle, { name: 'Cycle', description: 'PRIMARY 1AP–6AP, MIDDLE 1AC–3AC, SECONDARY TC–2BAC.' });

export enum Sector {
  PUBLIC = 'PUBLIC',
  PRIVATE = 'PRIVATE',
}
registerEnumType(Sector, { name: 'Sector' });

export enum Milieu {
  URBAN = 'URBAN',
  RURAL = 'RURAL',
}
registerEnumType(Milieu, { name: 'Milieu' });

@Entity('school')
@ObjectType({ implements: Node })
export class School implements Node {
  @PrimaryGeneratedColumn()
  id: number;

  @Field(() => ID, { name: 'id' })
  get globalId(): string {
    return toGlobalId('School', this.id);
  }

  @Field()
  @Column()
  code: string;

  @Field()
  @Column({ name: 'name_fr' })
  nameFr: string;

  @Field()
  @Column({ name: 'name_ar' })
  nameAr: string;

  @Field(() => [Cycle])
  @Column({ type: 'text', array: true })
  cycles: Cycle[];

  @Field(() => Sector)
  @Column({ type: 'text' })
  sector: Sector;

  @Field(() => Milieu)
  @Column({ type: 'text' })
  milieu: Milieu;

  @Column({ name: 'province_id' })
  provinceId: number;

  @Field(() => Int, { description: 'How many pupils the buildings hold.' })
  @Column()
  capacity: number;
}
