import { Field, Float, Int, ObjectType } from 'type-graphql';
import { Cycle, Milieu, Sector } from '../territory/school.entity.js';

@ObjectType({ description: 'A school of the integrity watch.' })
export class WatchedSchool {
  @Field() code: string;
  @Field() nameFr: string;
  @Field() nameAr: string;
  @Field() provinceCode: string;
}

@ObjectType({
  description: 'A school × cycle whose gap between continuous-assessment and exam averages stands far from the gap of the other schools '
    + 'of its group (same cycle, milieu and sector, within the slice), with the figures behind the flag.',
})
export class IntegrityFlag {
  @Field(() => WatchedSchool) school: WatchedSchool;
  @Field(() => Cycle) cycle: Cycle;
  @Field(() => Milieu) milieu: Milieu;
  @Field(() => Sector) sector: Sector;
  @Field(() => Int, { description: 'Pupils with both a continuous-assessment mean and a regional or national exam mean.' }) pupils: number;
  @Field(() => Float, { description: 'The mean of those pupils\' continuous-assessment means (/20).' }) continuousAverage: number;
  @Field(() => Float, { description: 'The mean of their regional and national exam means (/20).' }) examAverage: number;
  @Field(() => Float, { description: 'continuousAverage − examAverage.' }) gap: number;
  @Field(() => Int, { description: 'The other schools of the group it is compared with.' }) groupSchools: number;
  @Field(() => Float, { description: 'Their mean gap.' }) groupMeanGap: number;
  @Field(() => Float, { description: 'The standard deviation of their gaps.' }) groupSpread: number;
  @Field(() => Float, { description: '(gap − groupMeanGap) / groupSpread: positive when continuous assessment is more generous than the group\'s.' }) deviation: number;
}

@ObjectType({ description: 'The integrity watch of a slice: the schools flagged for review, most deviant first.' })
export class IntegrityWatch {
  @Field(() => Float, { description: 'A school is flagged beyond this many standard deviations (analytics_setting.integrity_band).' }) band: number;
  @Field(() => Int, { description: 'A school needs at least this many other schools in its group to be compared.' }) minGroupSchools: number;
  @Field(() => Int, { description: 'A school × cycle needs at least this many pupils with both means (the suppression threshold).' }) minPupils: number;
  @Field(() => Int, { description: 'School × cycles compared (enough pupils, enough schools in the group).' }) comparedSchools: number;
  @Field(() => [IntegrityFlag]) flagged: IntegrityFlag[];
}
