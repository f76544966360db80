import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../format/useFormatters';

/** One line of a derivation, as the API returns it (DerivationStep). */
export interface DerivationTableStep {
  label: string;
  value?: number | null;
  weight: number;
}

export interface DerivationTableProps {
  steps: readonly DerivationTableStep[];
  /** Names the table ("Moyenne générale", "Mathématiques (coefficient 4)"). */
  caption: string;
  /** Name the table without showing the caption (when the heading around it already says it). */
  hideCaption?: boolean;
  /** The average the lines add up to. */
  result: number | null | undefined;
  /** Words a line's label in the reader's language (see useDerivationText). */
  word: (label: string) => string;
}

/**
 * How one average was computed: each line's value ("non comptée" when it has none) and weight,
 * then the result. Three narrow columns, so that it fits a phone.
 */
export function DerivationTable({ steps, caption, hideCaption = false, result, word }: DerivationTableProps) {
  const { t } = useTranslation('ui');
  const { formatGrade, formatNumber } = useFormatters();
  return (
    <Table withTableBorder fz="sm" captionSide="top" aria-label={hideCaption ? caption : undefined}>
      {!hideCaption && <Table.Caption>{caption}</Table.Caption>}
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('derivation.line')}</Table.Th>
          <Table.Th scope="col">{t('derivation.value')}</Table.Th>
          <Table.Th scope="col">{t('derivation.weight')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {steps.map((step, index) => (
          <Table.Tr key={`${step.label}-${index}`}>
            <Table.Td>{word(step.label)}</Table.Td>
            <Table.Td>{step.value === null || step.value === undefined ? t('derivation.notCounted') : formatGrade(step.value)}</Table.Td>
            <Table.Td>{formatNumber(step.weight)}</Table.Td>
          </Table.Tr>
        ))}
        <Table.Tr>
          <Table.Th scope="row" colSpan={2}>
            {t('derivation.result')}
          </Table.Th>
          <Table.Td fw={700}>{result === null || result === undefined ? '—' : formatGrade(result)}</Table.Td>
        </Table.Tr>
      </Table.Tbody>
    </Table>
  );
}
