import { ArrayMaxSize, ArrayMinSize, MaxLength } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { FamilySituation } from '../support.types.js';

/** At most this many pupils per list: a class's worth twice over, and a bounded transaction. */
export const BENEFICIARIES_MAX = 100;

@InputType({ description: 'Pupils to list in (or remove from) a programme for a school year, all or nothing.' })
export class BeneficiariesInput {
  @Field({ description: 'The programme (TAYSSIR, CANTEEN, BOARDING, SCHOOL_KITS, TRANSPORT, REMEDIAL).' })
  @MaxLength(30)
  programmeCode: string;

  @Field({ description: 'The school year, e.g. 2025-2026.' })
  @MaxLength(9)
  year: string;

  @Field(() => [String], { description: `Codes Massar, distinct, at most ${BENEFICIARIES_MAX}: pupils enrolled that year in the school you manage.` })
  @ArrayMinSize(1, { message: 'Choose at least one pupil' })
  @ArrayMaxSize(BENEFICIARIES_MAX, { message: `At most ${BENEFICIARIES_MAX} pupils at once` })
  @MaxLength(20, { each: true, message: 'A code Massar is one letter followed by nine digits' })
  codesMassar: string[];

  @Field(() => [FamilySituation], { nullable: true, description: 'The family situations declared for these pupils (addBeneficiaries only; sensitive).' })
  @ArrayMaxSize(3)
  familySituations?: FamilySituation[];
}
