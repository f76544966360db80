import type { Cycle, EligibilityRule, FamilySituation, Milieu } from '@massar/client';

/** Who a programme serves, as the API gives it (a null list: no restriction). */
export interface EligibilityLike {
  milieux?: readonly Milieu[] | null;
  cycles?: readonly Cycle[] | null;
  levelCodes?: readonly string[] | null;
  schoolList: boolean;
  familySituations?: readonly FamilySituation[] | null;
}

/**
 * A failing rule as the screen words it: the sentence's key and the i18n keys of the values the
 * programme takes (joined in the reader's language by the component), or the level codes as they are.
 */
export interface RuleWording {
  key: string;
  /** i18n keys of what the programme serves (milieux, cycles, family situations). */
  allowedKeys: string[];
  /** Codes shown as they are (levels). */
  allowedCodes: string[];
}

/** The rule that fails, in words: "reserved to rural schools", "one of these situations must be declared"… */
export function ruleWording(rule: EligibilityRule, eligibility: EligibilityLike, as: 'failing' | 'serves' = 'failing'): RuleWording {
  // A pupil's failing rule says what keeps them out; the programme's summary says whom it serves.
  const key = `support.${as === 'failing' ? 'rule' : 'serves'}.${rule}`;
  switch (rule) {
    case 'MILIEU':
      return { key, allowedKeys: (eligibility.milieux ?? []).map((m) => `support.milieu.${m}`), allowedCodes: [] };
    case 'CYCLE':
      return { key, allowedKeys: (eligibility.cycles ?? []).map((c) => `support.cycle.${c}`), allowedCodes: [] };
    case 'LEVEL':
      return { key, allowedKeys: [], allowedCodes: [...(eligibility.levelCodes ?? [])] };
    case 'FAMILY_SITUATION':
      return { key, allowedKeys: (eligibility.familySituations ?? []).map((s) => `support.situation.${s}`), allowedCodes: [] };
    default:
      return { key, allowedKeys: [], allowedCodes: [] };
  }
}

/**
 * Whether a candidate may be ticked for the programme: eligible, or failing only because no family
 * situation is declared yet (the list declares one on adding: the API then checks it).
 */
export function canTick(candidate: { eligible: boolean; failingRule?: EligibilityRule | null; beneficiary?: unknown }): boolean {
  if (candidate.beneficiary) return false;
  return candidate.eligible || candidate.failingRule === 'FAMILY_SITUATION';
}

/** The programme's conditions in short, for its summary: each restricted rule once, in the API's order. */
export function restrictedRules(eligibility: EligibilityLike): EligibilityRule[] {
  const rules: EligibilityRule[] = [];
  if (eligibility.milieux?.length) rules.push('MILIEU');
  if (eligibility.cycles?.length) rules.push('CYCLE');
  if (eligibility.levelCodes?.length) rules.push('LEVEL');
  if (eligibility.schoolList) rules.push('SCHOOL_LIST');
  if (eligibility.familySituations?.length) rules.push('FAMILY_SITUATION');
  return rules;
}
