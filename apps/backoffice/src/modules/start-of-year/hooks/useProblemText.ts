import { useTranslation } from '@massar/ui';
import type { FieldProblems } from '../utils/draftProblems';
import { problemMessage } from '../utils/problemMessage';

/** The translated problem of a field, by its path, or undefined when it has none (Mantine's `error` prop). */
export function useProblemText(problems: FieldProblems) {
  const { t } = useTranslation();
  return (path: string): string | undefined => {
    const reason = problems[path];
    return reason ? t(problemMessage(path, reason).key) : undefined;
  };
}
