import { Field, ID, InputType } from 'type-graphql';
import { IsOptional, MaxLength } from 'class-validator';
import { Cycle, Milieu, Sector } from '../school.entity.js';

@InputType()
export class SchoolFilterInput {
  @Field(() => ID, { nullable: true }) @IsOptional() regionId?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() provinceId?: string;
  @Field(() => Cycle, { nullable: true }) @IsOptional() cycle?: Cycle;
  @Field(() => Sector, { nullable: true }) @IsOptional() sector?: Sector;
  @Field(() => Milieu, { nullable: true }) @IsOptional() milieu?: Milieu;
  @Field({ nullable: true, description: 'Start of the French name.' }) @IsOptional() @MaxLength(100) search?: string;
}

/** The filter with its global ids decoded. */
export interface SchoolFilter {
  regionId?: number;
  provinceId?: number;
  cycle?: Cycle;
  sector?: Sector;
  milieu?: Milieu;
  search?: string;
}
