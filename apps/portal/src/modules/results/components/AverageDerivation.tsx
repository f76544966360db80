import { DerivationTable, Text, VisuallyHidden, useTranslation, type DerivationTableStep } from '@massar/ui';
import classes from './AverageDerivation.module.css';

export interface AverageDerivationProps {
  steps: readonly DerivationTableStep[];
  result: number | null | undefined;
  /** Names the table of lines ("Calcul de la moyenne générale"). */
  tableName: string;
  /** Told to screen readers after the summary, when several of them are on the page (the subject's name). */
  context?: string;
  word: (label: string) => string;
}

/**
 * "Comment cette moyenne est calculée": a native disclosure (keyboard-accessible, nothing to load)
 * revealing the lines of one average, their weights and the result.
 */
export function AverageDerivation({ steps, result, tableName, context, word }: AverageDerivationProps) {
  const { t } = useTranslation();
  if (steps.length === 0) return null;
  return (
    <details className={classes.disclosure}>
      <summary className={classes.summary}>
        {t('results.howComputed')}
        {context && <VisuallyHidden> ({context})</VisuallyHidden>}
      </summary>
      <div className={classes.body}>
        <Text size="xs" c="dimmed">
          {t('results.howComputedFormula')}
        </Text>
        <DerivationTable steps={steps} result={result} caption={tableName} hideCaption word={word} />
      </div>
    </details>
  );
}
