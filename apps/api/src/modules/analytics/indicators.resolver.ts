import { type GraphQLResolveInfo, Kind, type SelectionSetNode } from 'graphql';
import { Arg, Authorized, Ctx, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import { Permission } from '../../core/auth/grants.js';
import { type Context, perRequest, requireViewer } from '../../core/context.js';
import { listProgrammes } from '../support/support-programme.service.js';
import {
  AnalyticsSettings, CertificateFigure, Dimension, DistributionBin, Figure, IndicatorRow, Indicators, SliceInput, SupportCoverage,
} from './analytics.types.js';
import { ALL, type Group, groupFigures, readSettings } from './indicators.service.js';
import { breakdownRows, indicatorsOf, trendYears } from './breakdown.service.js';
import { AVERAGE_BINS, CLASS_SIZE_BOUNDS } from './rollup-cells.js';
import { resolveSlice } from './slice.js';
import { countFigure, notAvailable } from './suppression.js';

/** A figure of the row an Indicators object stands for; `missing` when its group has no such row. */
async function pick(ctx: Context, root: Indicators, group: Group, name: string, missing: () => Figure = notAvailable): Promise<Figure> {
  const rows = await groupFigures(ctx, root.of.slice, root.of.by, group);
  return rows.get(root.of.key ?? ALL)?.[name] ?? missing();
}

const zero = () => countFigure(0, 1);

/** The programmes, read once per request (a breakdown has many rows). */
const requestProgrammes = (ctx: Context) => perRequest(ctx, listProgrammes, () => listProgrammes(ctx.db));
const CERTIFICATE_ORDER = ['CEP', 'CEC', 'BAC'];

/** The group each Indicators field reads (its field resolver below picks from it). */
const FIELD_GROUPS: Record<string, Group> = {
  enrolled: 'pupils', newEntrants: 'pupils', repeaters: 'pupils', absenceRate: 'pupils', justifiedShare: 'pupils', hoursAbsent: 'pupils',
  enrolmentParityIndex: 'pupils', promotionRate: 'flows', repetitionRate: 'flows', dropoutRate: 'flows', averageOfAverages: 'results',
  atLeast10Share: 'results', averageDistribution: 'results', successParityIndex: 'results', certificates: 'certificates', classes: 'classes',
  averageClassSize: 'classes', overcrowdedShare: 'classes', classSizeDistribution: 'classes', pupilTeacherRatio: 'teachers', support: 'support',
};

/** The groups the fields selected under `path` read (fragments followed). */
function groupsAsked(info: GraphQLResolveInfo, path: string[]): Set<Group> {
  const groups = new Set<Group>();
  const visit = (set: SelectionSetNode | undefined, depth: number) => {
    for (const selection of set?.selections ?? []) {
      if (selection.kind === Kind.FIELD) {
        if (depth === path.length && FIELD_GROUPS[selection.name.value]) groups.add(FIELD_GROUPS[selection.name.value]);
        else if (selection.name.value === path[depth]) visit(selection.selectionSet, depth + 1);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) visit(selection.selectionSet, depth);
      else visit(info.fragments[selection.name.value]?.selectionSet, depth);
    }
  };
  for (const node of info.fieldNodes) visit(node.selectionSet, 0);
  return groups;
}

// The check is on the queries, not the class: an Indicators object comes only from them, and a
// class-wide check would run again for each of the ~20 figures of each row of a breakdown.
@Resolver(() => Indicators)
export class IndicatorsResolver {
  @Authorized(Permission.TERRITORY_FIGURES)
  @Query(() => Indicators, { description: 'The indicators of a slice, within your territory (no pupil is ever named; small counts are suppressed).' })
  async indicators(@Arg('slice', () => SliceInput) input: SliceInput, @Ctx() ctx: Context): Promise<Indicators> {
    return indicatorsOf(await resolveSlice(ctx.db, requireViewer(ctx), input), null, null);
  }

  @Authorized(Permission.TERRITORY_FIGURES)
  @Query(() => [IndicatorRow], {
    description: 'The slice broken down by a dimension: one row per region, province, school, cycle, level, gender, milieu or sector with pupils, '
      + 'within your territory; small counts suppressed, and complementarily so that no row can be recovered from the total.',
  })
  async indicatorBreakdown(@Arg('slice', () => SliceInput) input: SliceInput, @Arg('by', () => Dimension) by: Dimension, @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo): Promise<IndicatorRow[]> {
    return breakdownRows(ctx, await resolveSlice(ctx.db, requireViewer(ctx), input), by, groupsAsked(info, ['indicators']));
  }

  @Authorized(Permission.TERRITORY_FIGURES)
  @Query(() => [Indicators], { description: 'The slice\'s indicators in every school year up to its own that has figures, oldest first.' })
  async indicatorTrend(@Arg('slice', () => SliceInput) input: SliceInput, @Ctx() ctx: Context): Promise<Indicators[]> {
    const slice = await resolveSlice(ctx.db, requireViewer(ctx), input);
    return trendYears(ctx.db, slice);
  }

  @Authorized(Permission.TERRITORY_FIGURES)
  @Query(() => AnalyticsSettings, { description: 'The thresholds analytics applies: suppression, overcrowding, the integrity watch\'s band.' })
  async analyticsSettings(@Ctx() ctx: Context): Promise<AnalyticsSettings> {
    return readSettings(ctx.db);
  }

  @FieldResolver(() => Figure, { description: 'Pupils enrolled (on a class roster).' })
  enrolled(@Root() root: Indicators, @Ctx() ctx: Context) { return pick(ctx, root, 'pupils', 'enrolled', zero); }

  @FieldResolver(() => Figure, { description: 'Enrolled at a cycle\'s first level (1AP, 1AC, TC), not repeating.' })
  newEntrants(@Root() root: Indicators, @Ctx() ctx: Context) { return pick(ctx, root, 'pupils', 'newEntrants', zero); }

  @FieldResolver(() => Figure, { description: 'Enrolled at the level they were at last year (or decided REPEAT last year).' })
  repeaters(@Root() root: Indicators, @Ctx() ctx: Context) { return pick(ctx, root, 'pupils', 'repeaters', zero); }

  @FieldResolver(() => Figure, { description: 'Reconstructed cohort (UIS): share promoted to the next level the next year. Not available without the next year. The three flow rates hide together, and give no count (it would be the pupils of every level but the cycles\' last).' })
  promotionRate(@Root() root: Indicators, @Ctx() ctx: Context) { return pick(ctx, root, 'flows', 'promotionRate'); }

  @FieldResolver(() => Figure, { description: 'Reconstructed cohort (UIS): share repeating the level the next year.' })
  repetitionRate(@Root() root: Indicators, @Ctx() ctx: Context) { return pick(ctx, root, 'flows', 'repetitionRate'); }

  @FieldResolver(() => Figure, { description: 'Reconstructed cohort (UIS): 1 − promotion − repetition.' })
  dropoutRate(@Root() root: Indicators, @Ctx() ctx: Context) { return pick(ctx, root, 'flows', 'dropoutRate'); }

  @FieldResolver(() => Figure, { description: 'The mean of the published general averages (/20) of the slice\'s term.' })
  averageOfAverages(@Root() root: Indicators, @Ctx() ctx: Context) { return pick(ctx, root, 'results', 'averageOfAverages'); }

  @FieldResolver(() => Figure, { description: 'Share of the published general averages ≥ 10.' })
  atLeast10Share(@Root() root: Indicators, @Ctx() ctx: Context) { return pick(ctx, root, 'results', 'atLeast10Share'); }

  @FieldResolver(() => [DistributionBin], { description: 'The general averages in ten bins of two points.' })
  async averageDistribution(@Root() root: Indicators, @Ctx() ctx: Context): Promise<DistributionBin[]> {
    return Promise.all(Array.from({ length: AVERAGE_BINS }, async (_, i) => Object.assign(new DistributionBin(), {
      from: i * 2, to: i * 2 + 2, pupils: await pick(ctx, root, 'results', `bins.${i}`),
    })));
  }

  @FieldResolver(() => [CertificateFigure], { description: 'Each certificate exam of the slice (CEP, CEC, BAC): candidates and success rate.' })
  async certificates(@Root() root: Indicators, @Ctx() ctx: Context): Promise<CertificateFigure[]> {
    const row = (await groupFigures(ctx, root.of.slice, root.of.by, 'certificates')).get(root.of.key ?? ALL) ?? {};
    const names = [...new Set(Object.keys(row).map((k) => k.split('.')[1]))].sort((a, b) => CERTIFICATE_ORDER.indexOf(a) - CERTIFICATE_ORDER.indexOf(b));
    return names.map((name) => Object.assign(new CertificateFigure(), {
      certificate: name, candidates: row[`certificates.${name}.candidates`], successRate: row[`certificates.${name}.successRate`],
    }));
  }

  @FieldResolver(() => Figure, { description: 'Absent minutes over the pupil-minutes of the roll calls held (lateness is not an absence).' })
  absenceRate(@Root() root: Indicators, @Ctx() ctx: Context) { return pick(ctx, root, 'pupils', 'absenceRate'); }

  @FieldResolver(() => Figure, { description: 'Share of the absent minutes with an accepted justification.' })
  justifiedShare(@Root() root: Indicators, @Ctx() ctx: Context) { return pick(ctx, root, 'pupils', 'justifiedShare'); }

  @FieldResolver(() => Figure, { description: 'Hours of absence.' })
  hoursAbsent(@Root() root: Indicators, @Ctx() ctx: Context) { return pick(ctx, root, 'pupils', 'hoursAbsent'); }

  @FieldResolver(() => Figure, { description: 'Classes (not available with a gender filter).' })
  classes(@Root() root: Indicators, @Ctx() ctx: Context) { return pick(ctx, root, 'classes', 'classes'); }

  @FieldResolver(() => Figure, { description: 'Pupils per class.' })
  averageClassSize(@Root() root: Indicators, @Ctx() ctx: Context) { return pick(ctx, root, 'classes', 'averageClassSize'); }

  @FieldResolver(() => Figure, { description: 'Share of the classes above the overcrowding threshold (40 pupils by default).' })
  overcrowdedShare(@Root() root: Indicators, @Ctx() ctx: Context) { return pick(ctx, root, 'classes', 'overcrowdedShare'); }

  @FieldResolver(() => [DistributionBin], { description: 'Classes by size: ≤ 20, 21–30, 31–40, 41–45, > 45 pupils.' })
  async classSizeDistribution(@Root() root: Indicators, @Ctx() ctx: Context): Promise<DistributionBin[]> {
    const bounds = [0, ...CLASS_SIZE_BOUNDS.map((b) => b + 1)];
    return Promise.all(bounds.map(async (from, i) => Object.assign(new DistributionBin(), {
      from, to: CLASS_SIZE_BOUNDS[i] ?? null, pupils: await pick(ctx, root, 'classes', `sizes.${i}`),
    })));
  }

  @FieldResolver(() => Figure, { description: 'Pupils per teacher (not available with a cycle, level or gender filter).' })
  pupilTeacherRatio(@Root() root: Indicators, @Ctx() ctx: Context) { return pick(ctx, root, 'teachers', 'pupilTeacherRatio'); }

  @FieldResolver(() => Figure, { description: 'Girls enrolled over boys enrolled.' })
  enrolmentParityIndex(@Root() root: Indicators, @Ctx() ctx: Context) { return pick(ctx, root, 'pupils', 'enrolmentParityIndex'); }

  @FieldResolver(() => Figure, { description: 'Girls\' share of averages ≥ 10 over boys\'.' })
  successParityIndex(@Root() root: Indicators, @Ctx() ctx: Context) { return pick(ctx, root, 'results', 'successParityIndex'); }

  @FieldResolver(() => [SupportCoverage], { description: 'Each support programme\'s coverage in the slice.' })
  async support(@Root() root: Indicators, @Ctx() ctx: Context): Promise<SupportCoverage[]> {
    const [programmes, rows] = await Promise.all([requestProgrammes(ctx), groupFigures(ctx, root.of.slice, root.of.by, 'support')]);
    const row = rows.get(root.of.key ?? ALL) ?? {};
    return programmes.map((programme) => {
      const p = `support.${programme.id}`;
      return Object.assign(new SupportCoverage(), {
        programmeId: programme.id, programme,
        eligible: row[`${p}.eligible`] ?? zero(), beneficiaries: row[`${p}.beneficiaries`] ?? zero(),
        coverage: row[`${p}.coverage`] ?? notAvailable(), amount: row[`${p}.amount`] ?? notAvailable(),
      });
    });
  }
}
