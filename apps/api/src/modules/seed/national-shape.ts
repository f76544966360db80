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

/**
 * The school week (assumption: the common collège timetable, 8:30–12:30 and 14:30–18:30 from
 * Monday to Friday, Saturday morning; schools differ, which is why slot times are data). One
 * period is one hour; ISO weekday, 1 = Monday.
 */
export const WEEK_PERIODS: readonly { weekday: number; startsAt: string; endsAt: string }[] = [1, 2, 3, 4, 5, 6].flatMap((weekday) =>
  ['08:30', '09:30', '10:30', '11:30', ...(weekday < 6 ? ['14:30', '15:30', '16:30', '17:30'] : [])].map((startsAt) => ({
    weekday, startsAt, endsAt: `${String(Number(startsAt.slice(0, 2)) + 1).padStart(2, '0')}${startsAt.slice(2)}`,
  })),
);

/**
 * Weekly hours per subject and cycle (assumption, near the official "horaires" but rounded to
 * whole periods and kept within what the generated teachers can teach: a core-subject teacher of
 * 8 classes at 4 hours teaches 32 hours). Subjects not listed get DEFAULT_WEEKLY_HOURS.
 */
export const WEEKLY_HOURS: Record<Cycle, Record<string, number>> = {
  PRIMARY: { AR: 6, FR: 5, MATH: 5, SCI_ACT: 2, EI: 2, HG: 1, ART: 1, EPS: 1, AMZ: 2 },
  MIDDLE: { AR: 4, FR: 4, MATH: 4, EN: 2, HG: 2, EI: 2, PC: 2, SVT: 2, EPS: 2, TECH: 1, INFO: 1, ART: 1, FAM: 1 },
  SECONDARY: { AR: 3, FR: 4, MATH: 4, EN: 3, HG: 2, EI: 1, PC: 3, SVT: 3, PHILO: 2, EPS: 2, INFO: 1 },
};
export const DEFAULT_WEEKLY_HOURS = 2;
/** Lessons with no room of their own (the sports ground). */
export const NO_ROOM_SUBJECTS = new Set(['EPS']);

/**
 * Roll calls are generated for the school days of one month (Tayssir's period): November, the
 * first month without a break (2024-25: breaks 20–27 Oct and 8–15 Dec, S23), or the last month
 * over before today for the year under way. Month 0-based, of the year's start.
 */
export const ABSENCE_MONTH = 10;
/** Fixed-date national holidays (MM-DD) without classes; religious holidays move and are not modelled. */
export const FIXED_HOLIDAYS = new Set(['01-01', '01-11', '01-14', '05-01', '07-30', '08-14', '08-20', '08-21', '11-06', '11-18']);

/**
 * Absence profile (assumption): most pupils miss nothing in a month; some miss a day or two; a
 * few are often absent (3–10 days), more of them in rural schools. An absence day is the whole
 * day, or a morning or an afternoon; some pupils come late once or twice (5–30 minutes).
 */
export const ABSENCE_PROFILE = {
  often: { URBAN: 0.05, RURAL: 0.09 } as Record<Milieu, number>,
  occasional: 0.25,
  oftenDays: [3, 10] as const,
  occasionalDays: [1, 2] as const,
  wholeDay: 0.6,
  morningOnly: 0.25,
  late: 0.15,
  lateMinutes: [5, 30] as const,
};

/**
 * Share of eligible public-school families enrolled in each programme (assumption; private
 * schools' pupils are given none). Tayssir reached about 2 M pupils of rural primary schools and
 * collèges after 2018; canteens about 1.4 M; "un million de cartables" most public primary and
 * collège pupils. Programmes with a list of schools or required family situations (boarding)
 * are not generated. Each is checked against the programme's own rules (support_programme).
 */
export const SUPPORT_SHARE: Record<string, number> = { TAYSSIR: 0.7, CANTEEN: 0.45, SCHOOL_KITS: 0.6, TRANSPORT: 0.08, REMEDIAL: 0.03 };
