/** A programme's amount per child and period for a level (MAD). */
export interface AmountLike {
  levelCode: string;
  amount: number;
}

/** The amount at a level, or null when the programme pays nothing there. */
export function amountAt(amounts: readonly AmountLike[], levelCode: string | null | undefined): number | null {
  if (!levelCode) return null;
  return amounts.find((a) => a.levelCode === levelCode)?.amount ?? null;
}

/**
 * The month's total due for a school: what every beneficiary would receive at their level (the
 * school's figure for the year's list, per period) less what those who lost the month would have
 * received. Null when the figure is unknown.
 */
export function monthTotal(listedAmount: number | null | undefined, lostLevelCodes: readonly (string | null | undefined)[], amounts: readonly AmountLike[]): number | null {
  if (listedAmount === null || listedAmount === undefined) return null;
  const lost = lostLevelCodes.reduce((sum, code) => sum + (amountAt(amounts, code) ?? 0), 0);
  // Rounded to the centime: amounts are decimals and a sum of floats drifts.
  return Math.max(0, Math.round((listedAmount - lost) * 100) / 100);
}

/** "140,00 MAD" in French, "١٤٠٫٠٠ د.م." in Arabic: an amount in dirhams per locale. */
export const MAD_FORMAT: Intl.NumberFormatOptions = { style: 'currency', currency: 'MAD' };
