import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { toGlobalId } from '../../core/graphql/node.js';

@Entity('stream')
@ObjectType({ description: 'A lycée stream (filière), e.g. SEXP in 1BAC.' })
export class Stream {
  @PrimaryGeneratedColumn({ type: 'smallint' })
  id: number;

  @Field(() => ID, { name: 'id' })
  get globalId(): string {
    return toGlobalId('Stream', this.id);
  }

  @Field()
  @Column()
  code: string;

  @Column({ name: 'level_id', type: 'smallint' })
  levelId: number;

  @Field()
  @Column({ name: 'name_fr' })
  nameFr: string;

  @Field()
  @Column({ name: 'name_ar' })
  nameAr: string;
}
