import {
  CLASS_MAX, CLASS_MIN, CLASS_TARGET, CYCLE_SHARE, CYCLES, type Cycle, DEFAULT_STREAM_SHARE, LEVEL_WEIGHT,
  type Milieu, PRIVATE_CYCLE_MIX, PRIVATE_SCHOOL_SIZE, PRIVATE_SHARE, PUBLIC_SCHOOL_SIZE, RURAL_FACTOR,
  RURAL_SHARE_BY_REGION, RURAL_WEIGHT_IN_PREFECTURE, STREAM_SHARE, type Sector,
} from './national-shape.js';
import { type LevelRef, type Reference } from './reference.js';
import { apportion, cumulate, pickWeighted, type Rng } from './rng.js';

export interface PlannedClass {
  level: LevelRef;
  streamId: number | null;
  name: string;
  size: number;
}

export interface PlannedSchool {
  regionId: number;
  /** Index into Reference.provinces. */
  province: number;
  sector: Sector;
  milieu: Milieu;
  cycles: Cycle[];
  classes: PlannedClass[];
  pupils: number;
}

/** Schools and their classes for the whole country; pupils are drawn from it later. */
export interface Plan {
  schools: PlannedSchool[];
  classes: number;
  students: number;
}

/**
 * Spreads `students` pupils over the regions in proportion to their 2024 population (exactly,
 * by largest remainder), then over cycles, urban/rural and public/private, into schools of a
 * realistic size placed in the region's provinces by population, and into classes.
 */
export function planCountry(ref: Reference, students: number, rng: Rng): Plan {
  const schools: PlannedSchool[] = [];
  const perRegion = apportion(students, ref.regions.map((r) => r.population));
  ref.regions.forEach((region, i) => {
    if (perRegion[i] > 0) planRegion(ref, region.id, perRegion[i], rng, schools);
  });
  const classes = schools.reduce((n, s) => n + s.classes.length, 0);
  return { schools, classes, students };
}

function planRegion(ref: Reference, regionId: number, pupils: number, rng: Rng, out: PlannedSchool[]) {
  const perCycle = apportion(pupils, CYCLES.map((c) => CYCLE_SHARE[c]));
  const ruralShare = RURAL_SHARE_BY_REGION[regionId - 1] ?? 0.4;
  const rural = CYCLES.map((cycle, i) => Math.round(perCycle[i] * Math.min(0.95, ruralShare * RURAL_FACTOR[cycle])));
  const priv = CYCLES.map((cycle, i) => Math.min(perCycle[i] - rural[i], Math.round(perCycle[i] * PRIVATE_SHARE[cycle])));
  // Pools too small for one school of a sensible size are folded into a larger one: this only
  // matters for small data sets and the least populated regions.
  if (priv.reduce((a, b) => a + b, 0) < PRIVATE_SCHOOL_SIZE / 2) priv.fill(0);
  const provinces = provincePickers(ref, regionId, rng);
  CYCLES.forEach((cycle, i) => {
    const pools: Record<Milieu, number> = { URBAN: perCycle[i] - rural[i] - priv[i], RURAL: rural[i] };
    const small = CLASS_MIN * ref.levels.filter((l) => l.cycle === cycle).length;
    if (Math.min(pools.URBAN, pools.RURAL) < small) {
      const into: Milieu = pools.URBAN >= pools.RURAL ? 'URBAN' : 'RURAL';
      pools[into] = pools.URBAN + pools.RURAL;
      pools[into === 'URBAN' ? 'RURAL' : 'URBAN'] = 0;
    }
    for (const milieu of ['URBAN', 'RURAL'] as const) {
      for (const size of schoolSizes(pools[milieu], PUBLIC_SCHOOL_SIZE[cycle][milieu], rng)) {
        out.push(school(ref, regionId, provinces[milieu](), 'PUBLIC', milieu, new Map([[cycle, size]]), rng));
      }
    }
  });
  planPrivate(ref, regionId, new Map(CYCLES.map((c, i) => [c, priv[i]])), provinces.URBAN, rng, out);
}

/** Weighted pickers of a province of the region, for urban and for rural schools. */
function provincePickers(ref: Reference, regionId: number, rng: Rng): Record<Milieu, () => number> {
  const indices = ref.provinces.flatMap((p, i) => (p.regionId === regionId ? [i] : []));
  const picker = (weight: (i: number) => number) => {
    const cumulative = cumulate(indices.map(weight));
    return () => indices[pickWeighted(rng, cumulative)];
  };
  return {
    URBAN: picker((i) => ref.provinces[i].population),
    RURAL: picker((i) => ref.provinces[i].population * (ref.provinces[i].prefecture ? RURAL_WEIGHT_IN_PREFECTURE : 1)),
  };
}

/** Private schools: one "groupe scolaire" may hold primary, collège and lycée pupils. */
function planPrivate(ref: Reference, regionId: number, pupils: Map<Cycle, number>, pickProvince: () => number, rng: Rng, out: PlannedSchool[]) {
  const total = [...pupils.values()].reduce((a, b) => a + b, 0);
  if (total === 0) return;
  const count = Math.max(1, Math.round(total / PRIVATE_SCHOOL_SIZE));
  const mix = cumulate(PRIVATE_CYCLE_MIX.map(([, w]) => w));
  // The first school offers every cycle, so each cycle's private pupils have somewhere to go.
  const offers = Array.from({ length: count }, (_, i) => (i === 0 ? CYCLES : PRIVATE_CYCLE_MIX[pickWeighted(rng, mix)][0]));
  const levels = offers.map(() => new Map<Cycle, number>());
  for (const cycle of CYCLES) {
    const offering = offers.flatMap((o, i) => (o.includes(cycle) ? [i] : []));
    const parts = apportion(pupils.get(cycle) ?? 0, offering.map(() => 0.5 + rng.next()));
    offering.forEach((s, k) => {
      if (parts[k] > 0) levels[s].set(cycle, parts[k]);
    });
  }
  for (const perCycle of levels) {
    if (perCycle.size > 0) out.push(school(ref, regionId, pickProvince(), 'PRIVATE', 'URBAN', perCycle, rng));
  }
}

/** Splits n pupils into schools of about `mean` pupils, sizes varying ±50 %. */
function schoolSizes(n: number, mean: number, rng: Rng): number[] {
  if (n <= 0) return [];
  const count = Math.max(1, Math.round(n / mean));
  return apportion(n, Array.from({ length: count }, () => 0.5 + rng.next())).filter((s) => s > 0);
}

function school(
  ref: Reference, regionId: number, province: number, sector: Sector, milieu: Milieu, perCycle: Map<Cycle, number>, rng: Rng,
): PlannedSchool {
  const classes: PlannedClass[] = [];
  for (const [cycle, pupils] of perCycle) {
    const levels = openLevels(ref.levels.filter((l) => l.cycle === cycle), pupils, rng);
    const perLevel = withoutAwkwardSizes(apportion(pupils, levels.map((l) => LEVEL_WEIGHT[l.code] ?? 1)));
    levels.forEach((level, i) => classes.push(...levelClasses(ref, level, perLevel[i], rng)));
  }
  const cycles = CYCLES.filter((c) => perCycle.has(c));
  return { regionId, province, sector, milieu, cycles, classes, pupils: classes.reduce((n, c) => n + c.size, 0) };
}

/**
 * The levels a school teaches: all of its cycle's, unless it has too few pupils to give each at
 * least one class of CLASS_MIN; then as many levels as it can fill, drawn by their weight (a
 * small data set keeps real class sizes instead of a class of 3 pupils per level).
 */
function openLevels(levels: LevelRef[], pupils: number, rng: Rng): LevelRef[] {
  const count = Math.min(levels.length, Math.max(1, Math.floor(pupils / CLASS_MIN)));
  const left = [...levels];
  const chosen: LevelRef[] = [];
  while (chosen.length < count) {
    const i = pickWeighted(rng, cumulate(left.map((l) => LEVEL_WEIGHT[l.code] ?? 1)));
    chosen.push(...left.splice(i, 1));
  }
  return chosen.sort((a, b) => a.index - b.index);
}

/** A level of 46–49 pupils can make neither one class of ≤ 45 nor two of ≥ 25: pass the extra on. */
function withoutAwkwardSizes(perLevel: number[]): number[] {
  for (let pass = 0; pass < 3 && perLevel.length > 1; pass++) {
    perLevel.forEach((n, i) => {
      if (n > CLASS_MAX && n < 2 * CLASS_MIN) {
        perLevel[i] = CLASS_MAX;
        perLevel[(i + 1) % perLevel.length] += n - CLASS_MAX;
      }
    });
  }
  return perLevel;
}

/** How many classes a level with n pupils gets in one school (see CLASS_* in national-shape). */
export function classCount(n: number): number {
  if (n <= 0) return 0;
  if (n <= CLASS_MAX) return 1;
  const lo = Math.ceil(n / CLASS_MAX);
  const hi = Math.max(lo, Math.floor(n / CLASS_MIN));
  return Math.min(hi, Math.max(lo, Math.round(n / CLASS_TARGET)));
}

/** The classes of one level in one school: balanced sizes, streams shared out by their weight. */
function levelClasses(ref: Reference, level: LevelRef, n: number, rng: Rng): PlannedClass[] {
  const k = classCount(n);
  if (k === 0) return [];
  const sizes = Array.from({ length: k }, (_, i) => Math.floor(n / k) + (i < n % k ? 1 : 0));
  const streams = ref.streams.filter((s) => s.levelId === level.id);
  if (streams.length === 0) return sizes.map((size, i) => ({ level, streamId: null, name: `${level.code}-${i + 1}`, size }));
  // Classes go to the largest streams first (a lycée opens PC before SMB); the slight noise only
  // breaks exact ties.
  const weights = streams.map((s) => (STREAM_SHARE[s.code] ?? DEFAULT_STREAM_SHARE) * (1 + 0.01 * rng.next()));
  const perStream = apportion(k, weights);
  const classes: PlannedClass[] = [];
  streams.forEach((stream, s) => {
    const short = stream.code.replace(/^TC_/, '');
    for (let i = 0; i < perStream[s]; i++) {
      classes.push({ level, streamId: stream.id, name: `${level.code}-${short}-${i + 1}`, size: sizes[classes.length] });
    }
  });
  return classes;
}
