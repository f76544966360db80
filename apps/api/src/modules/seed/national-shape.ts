// The shape of the generated country. Figures come from the national statistics gathered in the
// curriculum sources note (source ids S29–S37 there) and from the HCP 2024 census; where no
// figure was published the value is a stated assumption. Change a number here, not in the code.

export type Cycle = 'PRIMARY' | 'MIDDLE' | 'SECONDARY';
export type Sector = 'PUBLIC' | 'PRIVATE';
export type Milieu = 'URBAN' | 'RURAL';
export const CYCLES: readonly Cycle[] = ['PRIMARY', 'MIDDLE', 'SECONDARY'];

/**
 * Pupils per cycle. Public 2024-25: primary 3.716 M, collège 2.025 M, qualifiant 1.235 M (S33);
 * private 15.3 % of 8.27 M in 2025-26 (S35, S36), mostly in primary.
 */
export const CYCLE_SHARE: Record<Cycle, number> = { PRIMARY: 0.56, MIDDLE: 0.27, SECONDARY: 0.17 };

/** Private share per cycle; overall 0.56·0.20 + 0.27·0.11 + 0.17·0.08 ≈ 15.5 % (S36: 15.3 %). */
export const PRIVATE_SHARE: Record<Cycle, number> = { PRIMARY: 0.2, MIDDLE: 0.11, SECONDARY: 0.08 };

/**
 * Rural share of the 7–12-year-olds per region 01–12 (HCP, RGPH 2024, census schooling
 * indicators: rural / total "schooling_population_7_to_12"); national 41.2 %.
 */
export const RURAL_SHARE_BY_REGION: readonly number[] = [
  0.372, 0.372, 0.389, 0.353, 0.525, 0.317, 0.587, 0.652, 0.406, 0.284, 0.02, 0.02,
];

/**
 * Rural pupils go to collèges and lycées in town: factor applied to the regional rural share
 * per cycle. Assumption tuned so that ≈ 39 % of pupils are rural (MEN 2022-23: 39.8 %, S29).
 */
export const RURAL_FACTOR: Record<Cycle, number> = { PRIMARY: 1.1, MIDDLE: 0.85, SECONDARY: 0.6 };

/** Relative size of each level within its cycle: more entrants than leavers (S33, S37). */
export const LEVEL_WEIGHT: Record<string, number> = {
  '1AP': 1.06, '2AP': 1.03, '3AP': 1.0, '4AP': 0.99, '5AP': 0.97, '6AP': 0.95,
  '1AC': 1.08, '2AC': 1.0, '3AC': 0.92,
  TC: 1.15, '1BAC': 0.98, '2BAC': 0.87,
};

/**
 * Share of classes per stream within a level. 64 % of bac candidates are in scientific or
 * technical streams (S26); the split between them is an assumption.
 */
export const STREAM_SHARE: Record<string, number> = {
  TC_SCI: 0.62, TC_LSH: 0.38,
  SEXP: 0.46, SM: 0.07, SEG: 0.08, ST: 0.05, LSH: 0.34,
  PC: 0.26, SVT: 0.2, SMA: 0.05, SMB: 0.02, SAGRO: 0.01, SECO: 0.05, SGC: 0.04, STE: 0.02, STM: 0.01,
  LET: 0.12, SH: 0.22,
};
export const DEFAULT_STREAM_SHARE = 0.02;

/**
 * Mean pupils per school. With the shares above they give ≈ 9,000 primary, 2,450 collège and
 * 1,550 lycée public schools for 7 M public pupils (2025-26: 8,480 / 2,337 / 1,624, S35).
 * Private schools (often a "groupe scolaire" with several cycles) are assumed ≈ 350 pupils.
 */
export const PUBLIC_SCHOOL_SIZE: Record<Cycle, Record<Milieu, number>> = {
  PRIMARY: { URBAN: 650, RURAL: 280 },
  MIDDLE: { URBAN: 1000, RURAL: 600 },
  SECONDARY: { URBAN: 950, RURAL: 550 },
};
export const PRIVATE_SCHOOL_SIZE = 350;

/** Cycles a private school offers (assumption): primary only, primary + collège, all three. */
export const PRIVATE_CYCLE_MIX: readonly [Cycle[], number][] = [
  [['PRIMARY'], 0.45],
  [['PRIMARY', 'MIDDLE'], 0.3],
  [['PRIMARY', 'MIDDLE', 'SECONDARY'], 0.25],
];

/** Rural schools are placed mostly in provinces, rarely in urban prefectures (assumption). */
export const RURAL_WEIGHT_IN_PREFECTURE = 0.2;

/**
 * Class sizes: a level with n pupils in a school gets k classes of balanced size, k near
 * n / CLASS_TARGET and within [ceil(n/45), floor(n/25)] when n ≥ 50 — so every class has 25–45
 * pupils unless its school has fewer than 50 pupils in that level: then one class, or two of
 * 23–24 pupils for 46–49 (the planner passes such extras to another level where it can). A
 * school too small to give every level CLASS_MIN pupils teaches fewer levels. Real classes go
 * past 45 (5.6 % in collège, S37): not modelled.
 */
export const CLASS_MIN = 25;
export const CLASS_MAX = 45;
export const CLASS_TARGET = 36;

/** Children of one family at school at the same time (assumption; mean ≈ 1.95). */
export const SIBLINGS_WEIGHT: readonly number[] = [0.38, 0.36, 0.19, 0.07];

/** Guardians recorded for a family: both parents, mother only, father only, a tutor. */
export const GUARDIANS_WEIGHT = { BOTH: 0.92, MOTHER: 0.05, FATHER: 0.02, TUTOR: 0.01 };
export const MOTHER_PHONE = 0.75;

/** Girls were 48.7 % of pupils in 2022-23 (S29). */
export const MALE_SHARE = 0.513;

/**
 * Pupils older than the nominal age (1AP at 6): repetition fell from 15.3 % to 8.1 % (S37), so
 * delays accumulate with the level. Probability of +1 and +2 years at level index i (0 = 1AP).
 */
export const delayOneYear = (levelIndex: number) => 0.06 + 0.02 * levelIndex;
export const delayTwoYears = (levelIndex: number) => 0.01 + 0.006 * levelIndex;

/**
 * Teachers. Primary: classes go in pairs, one teacher taking both for the Arabic-taught
 * subjects and another both for French; Amazigh is taught in about half the primary schools
 * (S22) by a teacher of several classes. Collège and lycée: a teacher teaches one subject to
 * several classes (classes per teacher below: an assumption). Tuned so that teachers come to
 * ≈ 40 per 1,000 pupils: 299 k teachers for 7.0 M public pupils in 2025-26 (S35).
 */
export const PRIMARY_ARABIC_CLASSES = 2;
export const PRIMARY_FRENCH_CLASSES = 2;
export const AMAZIGH_SCHOOL_SHARE = 0.5;
export const AMAZIGH_CLASSES = 6;
export const CORE_SUBJECTS = new Set(['AR', 'FR', 'MATH', 'PC', 'SVT', 'EN', 'HG', 'PHILO']);
export const CORE_CLASSES_PER_TEACHER = 8;
export const OTHER_CLASSES_PER_TEACHER = 12;
export const FEMALE_TEACHER_SHARE = 0.45;
