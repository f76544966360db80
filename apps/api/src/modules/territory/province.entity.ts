import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { Node, toGlobalId } from '../../core/graphql/node.js';

export enum ProvinceKind {
  PROVINCE = 'PROVINCE',
  PREFECTURE = 'PREFECTURE',
}
registerEnumType(ProvinceKind, { name: 'ProvinceKind' });

@Entity('province')
@ObjectType({ implements: Node, description: 'A province or prefecture: one provincial directorate.' })
export class Province implements Node {
  @PrimaryGeneratedColumn({ type: 'smallint' })
  id: number;

  @Field(() => ID, { name: 'id' })
  get globalId(): string {
    return toGlobalId('Province', this.id);
  }

  @Field({ description: 'HCP code, e.g. 06.141.' })
  @Column()
  code: string;

  @Field(() => String, { nullable: true })
  @Column({ name: 'iso_code', type: 'text', nullable: true })
  isoCode: string | null;

  @Field()
  @Column({ name: 'name_fr' })
  nameFr: string;

  @Field()
  @Column({ name: 'name_ar' })
  nameAr: string;

  @Field(() => ProvinceKind)
  @Column({ type: 'text' })
  kind: ProvinceKind;

  @Column({ name: 'region_id' })
  regionId: number;

  @Field(() => Int)
  @Column()
  population: number;
}
