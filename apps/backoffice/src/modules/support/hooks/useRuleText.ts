import type { EligibilityRule } from '@massar/client';
import { localeOf, useLanguage, useTranslation } from '@massar/ui';
import { ruleWording, type EligibilityLike } from '../utils/eligibility';

/** The failing rule as a sentence in the reader's language, the values it takes joined as lists are there. */
export function useRuleText(eligibility: EligibilityLike, as: 'failing' | 'serves' = 'failing') {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const list = new Intl.ListFormat(localeOf(language), { type: 'disjunction' });
  return (rule: EligibilityRule) => {
    const wording = ruleWording(rule, eligibility, as);
    const allowed = [...wording.allowedKeys.map((key) => t(key)), ...wording.allowedCodes];
    return t(wording.key, { allowed: list.format(allowed) });
  };
}
