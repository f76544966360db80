import { Field, ObjectType } from 'type-graphql';
import { Column } from 'typeorm';

/**
 * A person's names in Latin and Arabic script, as pupils, guardians and staff all carry them.
 * Not a GraphQL type of its own: its fields are inherited by those types.
 */
@ObjectType()
export abstract class PersonNames {
  @Field({ description: 'First name in Latin script.' })
  @Column({ name: 'first_name' })
  firstName: string;

  @Field()
  @Column({ name: 'last_name' })
  lastName: string;

  @Field({ description: 'First name in Arabic script.' })
  @Column({ name: 'first_name_ar' })
  firstNameAr: string;

  @Field()
  @Column({ name: 'last_name_ar' })
  lastNameAr: string;
}
