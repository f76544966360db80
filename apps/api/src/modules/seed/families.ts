import { type CopySink } from './copy.js';
import {
  delayOneYear, delayTwoYears, GUARDIANS_WEIGHT, MALE_SHARE, MOTHER_PHONE, SIBLINGS_WEIGHT,
} from './national-shape.js';
import { type Names } from './names.js';
import { type Plan } from './plan.js';
import { type Reference } from './reference.js';
import { cumulate, pickWeighted, type Rng } from './rng.js';
import { type IdCounters, mobile, T } from './rows.js';
import { type SchoolTimeWriter } from './school-time.js';
import { type ClassTable } from './schools.js';
import { type SupportWriter } from './support.js';

interface Ctx {
  ref: Reference;
  names: Names;
  rng: Rng;
  sink: CopySink;
  ids: IdCounters;
  yearId: number;
  startYear: number;
  enrolledOn: string;
  time: SchoolTimeWriter;
  support: SupportWriter;
}

interface PoolCtx extends Ctx {
  /** Birth place of a pupil born elsewhere than where the school is. */
  movedIn: () => string;
}

const SIBLINGS = cumulate(SIBLINGS_WEIGHT);
const GUARDIAN_KINDS = ['BOTH', 'MOTHER', 'FATHER', 'TUTOR'] as const;
const GUARDIANS = cumulate(GUARDIAN_KINDS.map((k) => GUARDIANS_WEIGHT[k]));
// "MM-DD" for each day of a common year: birth dates without Date arithmetic per pupil.
const DAYS = Array.from({ length: 365 }, (_, d) => new Date(Date.UTC(2001, 0, 1 + d)).toISOString().slice(5, 10));

/**
 * Fills every class of the plan with pupils, family by family. Families are drawn among the
 * seats of one province, sector and milieu (siblings go to school near home, a family that pays
 * for a private school does so for all its children), so siblings may sit in different schools.
 */
export async function writePupils(ctx: Ctx, plan: Plan, classes: ClassTable): Promise<void> {
  // Schools per pool, with the index of their first class; seats are laid out one pool at a time.
  const pools = new Map<number, [school: number, firstClass: number][]>();
  let g = 0;
  plan.schools.forEach((school, i) => {
    const key = school.province * 4 + (school.sector === 'PRIVATE' ? 2 : 0) + (school.milieu === 'RURAL' ? 1 : 0);
    if (!pools.has(key)) pools.set(key, []);
    pools.get(key)!.push([i, g]);
    g += school.classes.length;
  });
  const byPopulation = cumulate(ctx.ref.provinces.map((p) => p.population));
  const movedIn = () => ctx.ref.provinces[pickWeighted(ctx.rng, byPopulation)].nameFr;
  for (const key of [...pools.keys()].sort((a, b) => a - b)) {
    const schools = pools.get(key)!;
    const seats = new Int32Array(schools.reduce((n, [i]) => n + plan.schools[i].pupils, 0));
    let seat = 0;
    for (const [i, first] of schools) {
      plan.schools[i].classes.forEach((c, k) => {
        seats.fill(first + k, seat, seat + c.size);
        seat += c.size;
      });
    }
    shuffle(seats, ctx.rng);
    await writePool({ ...ctx, movedIn }, classes, seats, Math.floor(key / 4));
  }
}

async function writePool(ctx: PoolCtx, classes: ClassTable, seats: Int32Array, province: number): Promise<void> {
  const region = ctx.ref.provinces[province].regionId;
  const letter = String.fromCharCode(64 + region);
  const place = ctx.ref.provinces[province].nameFr;
  let families = 0;
  for (let i = 0; i < seats.length; ) {
    const size = Math.min(seats.length - i, pickWeighted(ctx.rng, SIBLINGS) + 1);
    separateLevels(seats, i, size, classes);
    writeFamily(ctx, classes, seats.subarray(i, i + size), letter, place);
    i += size;
    if (++families % 256 === 0) await ctx.sink.tick();
  }
}

/** Swaps seats so that siblings are in different levels where a few seats ahead allow it. */
function separateLevels(seats: Int32Array, from: number, size: number, classes: ClassTable) {
  for (let j = from + 1; j < from + size; j++) {
    const taken = (level: number) => {
      for (let k = from; k < j; k++) if (classes.levelIndex[seats[k]] === level) return true;
      return false;
    };
    if (!taken(classes.levelIndex[seats[j]])) continue;
    for (let m = j + 1; m < Math.min(seats.length, j + 12); m++) {
      if (!taken(classes.levelIndex[seats[m]])) {
        [seats[j], seats[m]] = [seats[m], seats[j]];
        break;
      }
    }
  }
}

function writeFamily(ctx: PoolCtx, classes: ClassTable, children: Int32Array, letter: string, place: string) {
  const { rng, names, sink, ids } = ctx;
  const family = rng.pick(names.family.pairs);
  const guardians: [number, string][] = [];
  const kind = GUARDIAN_KINDS[pickWeighted(rng, GUARDIANS)];
  if (kind === 'BOTH' || kind === 'FATHER') guardians.push([guardian(ctx, rng.pick(names.male.pairs), family, true), 'FATHER']);
  if (kind === 'BOTH' || kind === 'MOTHER') {
    // A Moroccan mother keeps her own family name.
    guardians.push([guardian(ctx, rng.pick(names.female.pairs), rng.pick(names.family.pairs), rng.chance(MOTHER_PHONE)), 'MOTHER']);
  }
  if (kind === 'TUTOR') guardians.push([guardian(ctx, rng.pick(rng.chance(0.5) ? names.male.pairs : names.female.pairs), family, true), 'TUTOR']);
  const births = new Map<number, string>();
  ctx.support.family();
  for (const g of children) {
    const studentId = ids.student++;
    const level = classes.levelIndex[g];
    // Twins share a birth date; other siblings get their own.
    const birth = births.get(level) ?? birthDate(rng, ctx.startYear, level);
    births.set(level, birth);
    const male = rng.chance(MALE_SHARE);
    const first = rng.pick(male ? names.male.pairs : names.female.pairs);
    const born = rng.chance(0.9) ? place : ctx.movedIn();
    sink.row(T.student, `${studentId}\t${letter}${ids.code++}\t${first}\t${family}\t${birth}\t${born}\t${male ? 'M' : 'F'}`);
    // The link is the school's that enrols the pupil, as a registration there records it.
    for (const [guardianId, relationship] of guardians) sink.row(T.link, `${studentId}\t${guardianId}\t${relationship}\t${classes.schoolId[g]}`);
    sink.row(T.enrolment, `${ids.enrolment++}\t${studentId}\t${classes.schoolId[g]}\t${classes.id[g]}\t${ctx.yearId}\t${ctx.enrolledOn}`);
    const milieu = classes.rural[g] ? 'RURAL' : 'URBAN';
    ctx.time.writePupil(studentId, g, classes.schoolId[g], milieu);
    ctx.support.pupil(studentId, classes.schoolId[g], ctx.ref.levels[level], milieu, classes.public[g] === 1);
  }
}

function guardian(ctx: Ctx, first: string, family: string, phone: boolean): number {
  const id = ctx.ids.guardian++;
  ctx.sink.row(T.guardian, `${id}\t${first}\t${family}\t${phone ? mobile(ctx.rng) : '\\N'}`);
  return id;
}

/** A pupil of level index i (0 = 1AP) starting in September of startYear is 6 + i, or older. */
function birthDate(rng: Rng, startYear: number, levelIndex: number): string {
  const x = rng.next();
  const delay = x < delayTwoYears(levelIndex) ? 2 : x < delayTwoYears(levelIndex) + delayOneYear(levelIndex) ? 1 : 0;
  return `${startYear - 6 - levelIndex - delay}-${DAYS[rng.int(365)]}`;
}

function shuffle(a: Int32Array, rng: Rng) {
  for (let i = a.length - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    const t = a[i];
    a[i] = a[j];
    a[j] = t;
  }
}
