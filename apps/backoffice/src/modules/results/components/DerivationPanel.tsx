import { useQuery } from '@apollo/client/react';
import type { StudentDerivationQuery, Term } from '@massar/client';
import { ErrorState, LoadingState, Stack, Table, Text, Title, useFormatters, useTranslation } from '@massar/ui';
import { useDerivationText } from '../hooks/useDerivationText';
import { STUDENT_DERIVATION } from '../graphql/queries/studentDerivation';
import classes from './DerivationPanel.module.css';

type Step = { label: string; value?: number | null; weight: number };
type DerivedStudent = Extract<NonNullable<StudentDerivationQuery['node']>, { __typename: 'Student' }>;

export interface DerivationPanelProps {
  studentId: string;
  term: Term | null;
  pupilName: string;
  subjects: readonly { code: string; nameFr: string; nameAr: string }[];
}

interface StepsProps {
  steps: readonly Step[];
  caption: string;
  result: number | null | undefined;
  word: (label: string) => string;
}

function Steps({ steps, caption, result, word }: StepsProps) {
  const { t } = useTranslation();
  const { formatGrade, formatNumber } = useFormatters();
  return (
    <Table withTableBorder fz="sm" captionSide="top">
      <Table.Caption>{caption}</Table.Caption>
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

/** "How was this average computed": the general average's lines, then each subject's, fetched on demand. */
export function DerivationPanel({ studentId, term, pupilName, subjects }: DerivationPanelProps) {
  const { t } = useTranslation();
  const text = useDerivationText(subjects);
  const { data, loading, error, refetch } = useQuery(STUDENT_DERIVATION, { variables: { studentId, term } });
  const node = data?.node;
  const results = node?.__typename === 'Student' ? (node as DerivedStudent).results : null;

  if (loading && !data) return <LoadingState />;
  if (error) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (!results) return <Text c="dimmed">{t('derivation.none')}</Text>;
  return (
    <Stack gap="sm" py="xs">
      <Title order={3} size="h5">
        {t('derivation.title', { name: pupilName })}
      </Title>
      <Text size="sm">{t('derivation.formula')}</Text>
      <div className={classes.grid}>
      <Steps steps={results.derivation} word={text} caption={t('derivation.general')} result={results.generalAverage} />
      {results.subjects.map((subject) => (
        <Steps
          key={subject.subject.id}
          steps={subject.derivation}
          word={text}
          caption={t('derivation.subject', { subject: text(subject.subject.code), coefficient: subject.coefficient })}
          result={subject.average}
        />
      ))}
      </div>
    </Stack>
  );
}
