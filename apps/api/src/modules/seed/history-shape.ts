// The shape of the generated previous school year (history.ts): flows between the two years,
// results and exam marks. Assumptions tuned to the orders of magnitude the national statistics
// report (repetition fell from 15.3 % to 8.1 %, S37 of the curriculum sources note; dropout is
// highest in rural collèges, and among boys); change a number here, not in the code.
import { type Cycle } from './national-shape.js';

/** Share of a level's pupils repeating it, before the factors below (≈ 9–10 % overall). */
export const REPEAT_BASE: Record<Cycle, number> = { PRIMARY: 0.065, MIDDLE: 0.13, SECONDARY: 0.1 };
/** Per level: few repeat 1AP; the baccalaureate year is repeated by those who failed the exam. */
export const REPEAT_LEVEL: Record<string, number> = { '1AP': 0.5, '6AP': 0.8, '3AC': 0.9, '2BAC': 1.9 };
export const REPEAT_MALE = 1.15;
export const REPEAT_FEMALE = 0.85;
export const REPEAT_RURAL: Record<Cycle, number> = { PRIMARY: 1.2, MIDDLE: 1.1, SECONDARY: 1.0 };
/** Boys in rural collèges repeat most (and drop out most). */
export const RURAL_MIDDLE_BOYS = 1.3;
export const REPEAT_PRIVATE = 0.4;

/** Share of last year's pupils of a class who did not come back (≈ 2–5 % overall). */
export const DROPOUT_BASE: Record<Cycle, number> = { PRIMARY: 0.012, MIDDLE: 0.05, SECONDARY: 0.04 };
export const DROPOUT_LEVEL: Record<string, number> = { '1AP': 0.6, '6AP': 1.5, '3AC': 1.3, '2BAC': 1.5 };
export const DROPOUT_RURAL: Record<Cycle, number> = { PRIMARY: 1.4, MIDDLE: 1.6, SECONDARY: 1.2 };
export const DROPOUT_PRIVATE = 0.3;
/** Boys' share of those who drop out (rural collèges, elsewhere). */
export const DROPOUT_MALE = { ruralMiddle: 0.62, other: 0.55 };

/**
 * Regional factors on repetition and dropout, regions 01–12 (assumption: the mostly rural and
 * mountain regions, Béni Mellal-Khénifra, Marrakech-Safi, Drâa-Tafilalet, above the mean; the
 * Casablanca and Rabat axis and the southern regions below), so that the map shows differences.
 */
export const REPEAT_REGION: readonly number[] = [1.0, 1.1, 1.1, 0.9, 1.25, 0.8, 1.15, 1.3, 1.0, 0.95, 0.85, 0.8];
export const DROPOUT_REGION: readonly number[] = [1.1, 1.15, 1.1, 0.85, 1.35, 0.75, 1.25, 1.4, 1.05, 0.9, 0.8, 0.75];

/** Where a stream's pupils were the year before (1BAC from a tronc commun, 2BAC from a 1BAC stream). */
export const STREAM_ORIGIN: Record<string, string> = {
  SEXP: 'TC_SCI', SM: 'TC_SCI', ST: 'TC_SCI', SEG: 'TC_SCI', LSH: 'TC_LSH',
  PC: 'SEXP', SVT: 'SEXP', SAGRO: 'SEXP', SMA: 'SM', SMB: 'SM', SECO: 'SEG', SGC: 'SEG', STE: 'ST', STM: 'ST', LET: 'LSH', SH: 'LSH',
};

/**
 * General averages /20: a school's mean drawn around AVERAGE_MEAN (spread AVERAGE_SCHOOL_SD),
 * shifted by cycle, milieu and sector; a pupil's around the school's (AVERAGE_PUPIL_SD).
 * Non-certificate levels: councils promote from PROMOTION_FLOOR (below 10 the policy proposed
 * REPEAT: the council departed from it), a repeater's average is at most REPEAT_CEILING.
 */
export const AVERAGE_MEAN = 11.2;
export const AVERAGE_SCHOOL_SD = 0.9;
export const AVERAGE_PUPIL_SD = 2.6;
export const AVERAGE_CYCLE: Record<Cycle, number> = { PRIMARY: 0.8, MIDDLE: -0.5, SECONDARY: -0.2 };
export const AVERAGE_RURAL = -0.6;
export const AVERAGE_PRIVATE = 1.6;
export const PROMOTION_FLOOR = 7.5;
export const REPEAT_CEILING = 9.5;
/** Those who dropped out were weaker on the whole. */
export const DROPOUT_SHIFT = -2.5;
export const PASS_MARK = 10;

/** The certificate of a level, and the exam of the integrity watch at the exam levels. */
export const CERTIFICATE: Record<string, 'CEP' | 'CEC' | 'BAC'> = { '6AP': 'CEP', '3AC': 'CEC', '2BAC': 'BAC' };
export const EXAM_KIND: Record<string, 'REGIONAL_EXAM' | 'NATIONAL_EXAM'> = { '3AC': 'REGIONAL_EXAM', '1BAC': 'REGIONAL_EXAM', '2BAC': 'NATIONAL_EXAM' };
/** Exam subjects marked per class (the level's highest exam coefficients). */
export const EXAM_SUBJECTS = 2;

/**
 * Continuous assessment vs exam (the integrity watch): a pupil's exam marks are near their level;
 * CC marks are usually about CC_INFLATION above them (school to school ± CC_INFLATION_SD); in a
 * few schools, more often private (INFLATED_SHARE), CC marks are 3–5 points above the exam's.
 */
export const CC_INFLATION = 1.0;
export const CC_INFLATION_SD = 0.3;
export const INFLATED_SHARE = { PUBLIC: 0.02, PRIVATE: 0.08 };
export const INFLATED_RANGE = [3, 5] as const;
export const EXAM_MARK_SD = 1.6;
export const CC_MARK_SD = 1.3;
