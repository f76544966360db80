import { useQuery } from '@apollo/client/react';
import type { StudentDerivationQuery, Term } from '@massar/client';
import { ErrorState } from '@massar/client/shell';
import { DerivationTable, LoadingState, Stack, Text, Title, useDerivationText, useTranslation } from '@massar/ui';
import { STUDENT_DERIVATION } from '../graphql/queries/studentDerivation';
import classes from './DerivationPanel.module.css';

type DerivedStudent = Extract<NonNullable<StudentDerivationQuery['node']>, { __typename: 'Student' }>;

export interface DerivationPanelProps {
  studentId: string;
  term: Term | null;
  pupilName: string;
  subjects: readonly { code: string; nameFr: string; nameAr: string }[];
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
        <DerivationTable steps={results.derivation} word={text} caption={t('derivation.general')} result={results.generalAverage} />
        {results.subjects.map((subject) => (
          <DerivationTable
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
