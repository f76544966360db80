import { Arg, Args, ArgsType, Authorized, Ctx, Field, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { IsOptional, Matches, MaxLength } from 'class-validator';
import { Permission } from '../../core/auth/grants.js';
import { type Context, loader, requireViewer } from '../../core/context.js';
import { type Connection, ConnectionArgs, ConnectionType } from '../../core/graphql/connection.js';
import { Student } from '../people/student.entity.js';
import { studentById } from '../people/people.loaders.js';
import { Level } from '../schooling/level.entity.js';
import { levelById } from '../schooling/schooling.loaders.js';
import { resolveSchoolYear } from '../schooling/school-year.service.js';
import { School } from '../territory/school.entity.js';
import { schoolById } from '../territory/territory.loaders.js';
import { addBeneficiaries, removeBeneficiaries } from './beneficiary.service.js';
import { schoolBeneficiaries, schoolCandidates } from './candidate.service.js';
import { BeneficiariesInput } from './dto/beneficiaries.input.js';
import { schoolEntitlements, yearOfMonth } from './entitlement.service.js';
import { beneficiariesByStudentYear, beneficiaryById, entitlementsByBeneficiary, programmeById, schoolSupportReached } from './support.loaders.js';
import { listProgrammes, programmeByCode } from './support-programme.service.js';
import { supportFigures } from './support-figures.service.js';
import { Beneficiary, Entitlement, SupportCandidate, SupportFigure, SupportProgramme } from './support.types.js';

export const BeneficiaryConnection = ConnectionType(Beneficiary);
export const SupportCandidateConnection = ConnectionType(SupportCandidate);
export const EntitlementConnection = ConnectionType(Entitlement);

@ArgsType()
class FiguresArgs {
  @Field({ description: 'The school year, e.g. 2025-2026.' }) @MaxLength(9) year: string;
  @Field({ nullable: true, description: 'An academy (region code): its figures.' }) @IsOptional() @MaxLength(10) regionCode?: string;
  @Field({ nullable: true, description: 'A provincial directorate (province code).' }) @IsOptional() @MaxLength(10) provinceCode?: string;
  @Field({ nullable: true, description: 'One school (its code).' }) @IsOptional() @MaxLength(10) schoolCode?: string;
}

@ArgsType()
class SchoolListArgs extends ConnectionArgs {
  @Field() @MaxLength(30) programmeCode: string;
  @Field({ description: 'The school year, e.g. 2025-2026.' }) @MaxLength(9) year: string;
}

@ArgsType()
class EntitlementArgs extends ConnectionArgs {
  @Field({ description: 'A programme with an attendance condition (TAYSSIR).' }) @MaxLength(30) programmeCode: string;
  @Field({ description: 'The month, e.g. 2025-11.' }) @Matches(/^\d{4}-\d{2}$/, { message: 'A month looks like 2025-11' }) month: string;
  @Field({ nullable: true, description: 'Only the beneficiaries who lost the month\'s transfer.' }) @IsOptional() lostOnly?: boolean;
}

@Authorized()
@Resolver()
export class SupportResolver {
  @Query(() => [SupportProgramme], { description: 'The social support programmes, their rules and amounts as data, with their sources.' })
  supportProgrammes(@Ctx() ctx: Context): Promise<SupportProgramme[]> {
    return listProgrammes(ctx.db);
  }

  @Authorized(Permission.TERRITORY_FIGURES, Permission.SCHOOL_PUPILS)
  @Query(() => [SupportFigure], {
    description: 'Beneficiaries and amounts per programme for a year, within your scope (the nation, an academy, a directorate, your school), narrowed to a region, province or school: no pupil named.',
  })
  supportFigures(@Args() args: FiguresArgs, @Ctx() ctx: Context): Promise<SupportFigure[]> {
    return supportFigures(ctx.db, requireViewer(ctx), args);
  }

  @Authorized(Permission.REGISTRY_WRITE)
  @Mutation(() => [Beneficiary], {
    description: 'Lists pupils of your school in a programme for a year, all or nothing: bad rows (BAD_USER_INPUT, extensions.rows: NOT_SCHOOL_PUPIL, ALREADY_BENEFICIARY, NOT_ELIGIBLE with its rule).',
  })
  addBeneficiaries(@Arg('input') input: BeneficiariesInput, @Ctx() ctx: Context): Promise<Beneficiary[]> {
    return addBeneficiaries(ctx.db, requireViewer(ctx), input);
  }

  @Authorized(Permission.REGISTRY_WRITE)
  @Mutation(() => Int, { description: 'Takes pupils of your school off a programme\'s list for a year, all or nothing (NOT_BENEFICIARY per row); answers how many.' })
  removeBeneficiaries(@Arg('input') input: BeneficiariesInput, @Ctx() ctx: Context): Promise<number> {
    return removeBeneficiaries(ctx.db, requireViewer(ctx), input);
  }
}

@Authorized()
@Resolver(() => Beneficiary)
export class BeneficiaryResolver {
  @FieldResolver(() => Student, { nullable: true, description: 'The pupil, within your scope.' })
  student(@Root() b: Beneficiary, @Ctx() ctx: Context): Promise<Student | null> {
    return loader(ctx, studentById).load(Number(b.studentId));
  }

  @FieldResolver(() => SupportProgramme)
  async programme(@Root() b: Beneficiary, @Ctx() ctx: Context): Promise<SupportProgramme> {
    return (await loader(ctx, programmeById).load(b.programmeId))!;
  }

  @FieldResolver(() => School, { nullable: true, description: 'The school that listed the pupil, within your scope.' })
  school(@Root() b: Beneficiary, @Ctx() ctx: Context): Promise<School | null> {
    return loader(ctx, schoolById).load(b.schoolId);
  }

  @FieldResolver(() => Level, { nullable: true, description: 'The level the pupil was listed at (amounts follow it).' })
  level(@Root() b: Beneficiary, @Ctx() ctx: Context): Promise<Level | null> {
    return loader(ctx, levelById).load(b.levelId);
  }

  @FieldResolver(() => [Entitlement], { description: 'A conditional programme: each month of the year so far, met or lost and why; empty otherwise.' })
  entitlements(@Root() b: Beneficiary, @Ctx() ctx: Context): Promise<Entitlement[]> {
    return loader(ctx, entitlementsByBeneficiary).load(b.id);
  }
}

@Authorized()
@Resolver(() => Student)
export class StudentSupportResolver {
  @FieldResolver(() => [Beneficiary], { description: 'The pupil\'s social support programmes (a year, or every year), within your scope: the family, the school that listed them.' })
  async supportProgrammes(@Root() s: Student, @Arg('year', () => String, { nullable: true }) year: string | undefined, @Ctx() ctx: Context): Promise<Beneficiary[]> {
    const yearId = year ? (await resolveSchoolYear(ctx.db, year)).id : 0;
    return loader(ctx, beneficiariesByStudentYear).load(`${s.id}:${yearId}`);
  }
}

@Authorized()
@Resolver(() => School)
export class SchoolSupportResolver {
  @FieldResolver(() => SupportCandidateConnection, { nullable: true, description: 'The school\'s pupils of the year with their eligibility for a programme (director and secretariat; null otherwise).' })
  async supportCandidates(@Root() school: School, @Args() args: SchoolListArgs, @Ctx() ctx: Context): Promise<Connection<SupportCandidate> | null> {
    if (!(await loader(ctx, schoolSupportReached).load(school.id))) return null;
    return schoolCandidates(ctx.db, school.id, await programmeByCode(ctx.db, args.programmeCode), await resolveSchoolYear(ctx.db, args.year), args);
  }

  @FieldResolver(() => BeneficiaryConnection, { nullable: true, description: 'The school\'s beneficiaries of a programme for a year (director and secretariat; null otherwise).' })
  async beneficiaries(@Root() school: School, @Args() args: SchoolListArgs, @Ctx() ctx: Context): Promise<Connection<Beneficiary> | null> {
    if (!(await loader(ctx, schoolSupportReached).load(school.id))) return null;
    return schoolBeneficiaries(ctx.db, school.id, await programmeByCode(ctx.db, args.programmeCode), await resolveSchoolYear(ctx.db, args.year), args);
  }

  @FieldResolver(() => EntitlementConnection, {
    nullable: true, description: 'A conditional programme\'s beneficiaries with the month\'s entitlement, met or lost and why (director and secretariat; null otherwise).',
  })
  async entitlements(@Root() school: School, @Args() args: EntitlementArgs, @Ctx() ctx: Context): Promise<Connection<Entitlement> | null> {
    if (!(await loader(ctx, schoolSupportReached).load(school.id))) return null;
    const programme = await programmeByCode(ctx.db, args.programmeCode);
    return schoolEntitlements(ctx.db, school.id, programme, await yearOfMonth(ctx.db, args.month), args.month, args);
  }
}

@Authorized()
@Resolver(() => SupportCandidate)
export class SupportCandidateResolver {
  @FieldResolver(() => Student, { nullable: true })
  student(@Root() c: SupportCandidate, @Ctx() ctx: Context): Promise<Student | null> {
    return loader(ctx, studentById).load(Number(c.studentId));
  }

  @FieldResolver(() => Beneficiary, { nullable: true, description: 'The pupil\'s row on the programme\'s list that year, if listed.' })
  beneficiary(@Root() c: SupportCandidate, @Ctx() ctx: Context): Promise<Beneficiary | null> {
    return c.beneficiaryId ? loader(ctx, beneficiaryById).load(Number(c.beneficiaryId)) : Promise.resolve(null);
  }
}

@Authorized()
@Resolver(() => Entitlement)
export class EntitlementResolver {
  @FieldResolver(() => Beneficiary, { nullable: true })
  beneficiary(@Root() e: Entitlement, @Ctx() ctx: Context): Promise<Beneficiary | null> {
    return loader(ctx, beneficiaryById).load(Number(e.beneficiaryId));
  }
}

@Authorized()
@Resolver(() => SupportFigure)
export class SupportFigureResolver {
  @FieldResolver(() => SupportProgramme)
  async programme(@Root() f: SupportFigure, @Ctx() ctx: Context): Promise<SupportProgramme> {
    return (await loader(ctx, programmeById).load(f.programmeId))!;
  }
}
