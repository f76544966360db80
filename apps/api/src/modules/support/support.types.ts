import { Field, Float, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Node, toGlobalId } from '../../core/graphql/node.js';
import { Cycle, Milieu } from '../territory/school.entity.js';

export enum ProgrammeKind {
  CASH = 'CASH',
  IN_KIND = 'IN_KIND',
  SERVICE = 'SERVICE',
}
registerEnumType(ProgrammeKind, { name: 'ProgrammeKind', description: 'What a programme gives: money (CASH), goods (IN_KIND: meals, boarding, kits) or a service (transport, remedial lessons).' });

export enum AmountPeriod {
  MONTH = 'MONTH',
  YEAR = 'YEAR',
}
registerEnumType(AmountPeriod, { name: 'AmountPeriod', description: 'The period a cash amount is per (per child).' });

export enum AttendanceUnit {
  DAYS = 'DAYS',
  HOURS = 'HOURS',
}
registerEnumType(AttendanceUnit, { name: 'AttendanceUnit', description: 'How a conditional programme counts unjustified absences in a month: days with one, or hours.' });

/** A situation a family declares for a beneficiary (sensitive: support.access.ts). */
export enum FamilySituation {
  RSU_REGISTERED = 'RSU_REGISTERED',
  ORPHAN = 'ORPHAN',
  DISABILITY = 'DISABILITY',
}
registerEnumType(FamilySituation, {
  name: 'FamilySituation',
  description: 'A family situation declared for a beneficiary (sensitive).',
  valuesConfig: {
    RSU_REGISTERED: { description: 'The household is registered in the Registre social unifié.' },
    ORPHAN: { description: 'The pupil is an orphan.' },
    DISABILITY: { description: 'The pupil lives with a disability.' },
  },
});

/** The eligibility rules, in the order they are checked: the first that fails is named. */
export enum EligibilityRule {
  MILIEU = 'MILIEU',
  CYCLE = 'CYCLE',
  LEVEL = 'LEVEL',
  SCHOOL_LIST = 'SCHOOL_LIST',
  FAMILY_SITUATION = 'FAMILY_SITUATION',
}
registerEnumType(EligibilityRule, {
  name: 'EligibilityRule',
  description: 'A programme\'s eligibility rule, checked in this order.',
  valuesConfig: {
    MILIEU: { description: 'The school\'s milieu (urban, rural) is not one the programme serves.' },
    CYCLE: { description: 'The pupil\'s cycle is not one the programme serves.' },
    LEVEL: { description: 'The pupil\'s level is not one the programme serves.' },
    SCHOOL_LIST: { description: 'The school is not on the programme\'s list of schools.' },
    FAMILY_SITUATION: { description: 'None of the family situations the programme requires is declared.' },
  },
});

@ObjectType({ description: 'Who a programme serves; a null list means no restriction.' })
export class Eligibility {
  @Field(() => [Milieu], { nullable: true }) milieux: Milieu[] | null;
  @Field(() => [Cycle], { nullable: true }) cycles: Cycle[] | null;
  @Field(() => [String], { nullable: true, description: 'Level codes (1AP…2BAC).' }) levelCodes: string[] | null;
  @Field({ description: 'Only the schools on the programme\'s list.' }) schoolList: boolean;
  @Field(() => [FamilySituation], { nullable: true, description: 'At least one of these must be declared for the pupil.' }) familySituations: FamilySituation[] | null;
}

@ObjectType({ description: 'A conditional programme\'s attendance condition: at most `max` unjustified absence days or hours in the month.' })
export class AttendanceCondition {
  @Field(() => AttendanceUnit) unit: AttendanceUnit;
  @Field(() => Int) max: number;
}

@ObjectType({ description: 'A cash programme\'s amount per child and period for a level.' })
export class ProgrammeAmount {
  @Field() levelCode: string;
  @Field(() => Float, { description: 'MAD per child and period.' }) amount: number;
  @Field() source: string;
  @Field({ description: 'A figure we could not confirm (README, "Social support: programme rules and their sources").' }) isDefault: boolean;
}

@ObjectType({ description: 'A social support programme, its rules as data with their source.' })
export class SupportProgramme {
  id: number;
  @Field() code: string;
  @Field() nameFr: string;
  @Field() nameAr: string;
  @Field() nameEn: string;
  @Field(() => ProgrammeKind) kind: ProgrammeKind;
  @Field(() => AmountPeriod, { nullable: true, description: 'Cash programmes: the period the amounts are per.' }) amountPeriod: AmountPeriod | null;
  @Field(() => AttendanceCondition, { nullable: true, description: 'Conditional programmes (Tayssir): the monthly attendance condition.' }) condition: AttendanceCondition | null;
  @Field(() => Eligibility) eligibility: Eligibility;
  @Field(() => [ProgrammeAmount]) amounts: ProgrammeAmount[];
  @Field() source: string;
  @Field({ description: 'Rules or figures we could not confirm.' }) isDefault: boolean;
}

/** One pupil in one programme for one school year (sensitive: support.access.ts). */
@ObjectType({ implements: Node, description: 'A pupil on a programme\'s list for a school year, at the school that listed them.' })
export class Beneficiary implements Node {
  id: string;
  @Field(() => ID, { name: 'id' })
  get globalId(): string {
    return toGlobalId('Beneficiary', this.id);
  }
  programmeId: number;
  studentId: string;
  schoolId: number;
  levelId: number;
  schoolYearId: number;
  @Field({ description: 'The school year, e.g. 2025-2026.' }) year: string;
  @Field(() => [FamilySituation], { description: 'The family situations declared when the pupil was listed.' }) familySituations: FamilySituation[];
  @Field(() => GraphQLISODateTime) addedAt: Date;
}

@ObjectType({ description: 'A beneficiary\'s entitlement for one month of a conditional programme, from the absences recorded.' })
export class Entitlement {
  beneficiaryId: string;
  @Field({ description: 'The month, e.g. 2025-11.' }) month: string;
  @Field({ description: 'Whether the attendance condition holds that month (so the transfer is due).' }) met: boolean;
  @Field(() => Float, { nullable: true, description: 'MAD due for the month: null when lost or for a programme without an amount at this level.' }) amount: number | null;
  @Field(() => Int, { description: 'Days with an unjustified absence that month (lateness not counted).' }) unjustifiedDays: number;
  @Field(() => Float, { description: 'Hours of unjustified absence that month.' }) unjustifiedHours: number;
  @Field(() => Int, { description: 'Absences of the month with a justification still pending (counted as unjustified until accepted).' }) pendingJustifications: number;
  @Field(() => AttendanceCondition) condition: AttendanceCondition;
  @Field({ description: 'Why, in short: "5 days unjustified > 4 days", or "2 days unjustified ≤ 4 days".' }) explanation: string;
}

@ObjectType({ description: 'A pupil of the school that year, with whether they may join a programme and the first rule that fails.' })
export class SupportCandidate {
  studentId: string;
  lastName: string;
  beneficiaryId: string | null;
  @Field() eligible: boolean;
  @Field(() => EligibilityRule, { nullable: true, description: 'The first rule that fails (FAMILY_SITUATION: none declared yet that qualifies).' }) failingRule: EligibilityRule | null;
}

@ObjectType({ description: 'A programme\'s figures for a territory and year: counts and amounts, no pupil.' })
export class SupportFigure {
  programmeId: number;
  @Field(() => Int) beneficiaries: number;
  @Field(() => Float, { nullable: true, description: 'Cash programmes: MAD per period for all beneficiaries (amount per child at their level, summed).' }) amountPerPeriod: number | null;
}

/** A month as the API takes it: 2025-11. */
export const MONTH_PATTERN = /^(\d{4})-(0[1-9]|1[0-2])$/;
