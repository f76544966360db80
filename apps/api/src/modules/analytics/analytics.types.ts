import { IsOptional, Matches, MaxLength } from 'class-validator';
import { Field, Float, GraphQLISODateTime, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Gender } from '../people/student.entity.js';
import { SupportProgramme } from '../support/support.types.js';
import { Cycle, Milieu, Sector } from '../territory/school.entity.js';
import { type ResolvedSlice } from './slice.js';

export enum Dimension {
  REGION = 'REGION',
  PROVINCE = 'PROVINCE',
  SCHOOL = 'SCHOOL',
  CYCLE = 'CYCLE',
  LEVEL = 'LEVEL',
  GENDER = 'GENDER',
  MILIEU = 'MILIEU',
  SECTOR = 'SECTOR',
}
registerEnumType(Dimension, { name: 'Dimension', description: 'What a breakdown of the indicators groups by.' });

export enum ResultTerm {
  S1 = 'S1',
  S2 = 'S2',
  YEAR = 'YEAR',
}
registerEnumType(ResultTerm, { name: 'ResultTerm', description: 'The published results read: a semester\'s or the year\'s.' });

@InputType({ description: 'A slice of the school system for a school year: every filter narrows it, within your scope.' })
export class SliceInput {
  @Field({ description: 'The school year, e.g. 2025-2026.' }) @Matches(/^\d{4}-\d{4}$/, { message: 'A school year looks like 2025-2026' }) year: string;
  @Field({ nullable: true, description: 'An academy (region code, e.g. 06).' }) @IsOptional() @MaxLength(10) regionCode?: string;
  @Field({ nullable: true, description: 'A provincial directorate (province code, e.g. 06.141).' }) @IsOptional() @MaxLength(10) provinceCode?: string;
  @Field({ nullable: true, description: 'One school (its code).' }) @IsOptional() @MaxLength(10) schoolCode?: string;
  @Field(() => Cycle, { nullable: true }) @IsOptional() cycle?: Cycle;
  @Field({ nullable: true, description: 'A level code, e.g. 1AC.' }) @IsOptional() @MaxLength(10) levelCode?: string;
  @Field(() => Gender, { nullable: true }) @IsOptional() gender?: Gender;
  @Field(() => Milieu, { nullable: true }) @IsOptional() milieu?: Milieu;
  @Field(() => Sector, { nullable: true }) @IsOptional() sector?: Sector;
  @Field(() => ResultTerm, { nullable: true, description: 'The published results the results indicators read; default YEAR.' }) @IsOptional() term?: ResultTerm;
}

@ObjectType({
  description: 'One figure: its value and the number of pupils it is computed from. Suppressed (value and count null) when computed from too few pupils, '
    + 'or hidden so that a breakdown cannot reveal a suppressed one; value null and not suppressed: not available.',
})
export class Figure {
  @Field(() => Float, { nullable: true }) value: number | null;
  @Field(() => Int, { nullable: true, description: 'For a count (enrolled, repeaters, candidates, a bin...), the count itself; null for a rate, an average or a ratio, whose denominator could give a hidden count back.' }) count: number | null;
  @Field() suppressed: boolean;
}

@ObjectType({ description: 'A bin of a distribution: [from, to), the last one closed; to null: open-ended.' })
export class DistributionBin {
  @Field(() => Float) from: number;
  @Field(() => Float, { nullable: true }) to: number | null;
  @Field(() => Figure, { description: 'Pupils (averages) or classes (class sizes) in the bin.' }) pupils: Figure;
}

@ObjectType({ description: 'A certificate exam\'s candidates and success rate (CEP at 6AP, CEC at 3AC, BAC at 2BAC).' })
export class CertificateFigure {
  @Field() certificate: string;
  @Field(() => Figure) candidates: Figure;
  @Field(() => Figure) successRate: Figure;
}

@ObjectType({ description: 'A support programme\'s coverage: beneficiaries over pupils eligible by its milieu, cycle, level and school-list rules.' })
export class SupportCoverage {
  programmeId: number;
  @Field(() => SupportProgramme) programme: SupportProgramme;
  @Field(() => Figure) eligible: Figure;
  @Field(() => Figure) beneficiaries: Figure;
  @Field(() => Figure) coverage: Figure;
  @Field(() => Figure, { description: 'Σ the beneficiaries\' amount per period (cash programmes), MAD.' }) amount: Figure;
}

/** Which cell of which query an Indicators object reads: the slice, and a breakdown's row. */
export interface IndicatorsOf {
  slice: ResolvedSlice;
  by: Dimension | null;
  key: string | null;
}

@ObjectType({ description: 'The indicators of a slice (definitions: README, "Analytics"). Rates are 0..1.' })
export class Indicators {
  of: IndicatorsOf;
  @Field() year: string;
}

@ObjectType({ description: 'One row of a breakdown: a region, province, school, cycle, level, gender, milieu or sector, and its indicators.' })
export class IndicatorRow {
  @Field({ description: 'Region or province code, school code, the enum value, or the level code.' }) code: string;
  @Field(() => String, { nullable: true, description: 'Regions and provinces: ISO 3166-2 (MA-06: the map\'s geometry id).' }) isoCode: string | null;
  @Field() nameFr: string;
  @Field() nameAr: string;
  @Field(() => Indicators) indicators: Indicators;
}

@ObjectType({ description: 'The thresholds analytics applies (data: analytics_setting).' })
export class AnalyticsSettings {
  @Field(() => Int, { description: 'A figure computed from fewer pupils is suppressed.' }) minCellPupils: number;
  @Field(() => Int, { description: 'A class above this many pupils is overcrowded.' }) overcrowdedAbove: number;
  @Field(() => Float, { description: 'The integrity watch flags a school this many standard deviations from its group.' }) integrityBand: number;
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When the roll-ups last took changes in.' }) refreshedAt: Date | null;
}
