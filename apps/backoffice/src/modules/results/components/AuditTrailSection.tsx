import { useQuery } from '@apollo/client/react';
import type { Absence, AssessmentAuditTrailQuery } from '@massar/client';
import { ErrorState } from '@massar/client/shell';
import {
  EmptyState,
  Group,
  LoadingState,
  NativeSelect,
  Stack,
  Table,
  Title,
  localizedSortName,
  useEvaluationLabels,
  useFormatters,
  useLanguage,
  useTranslation,
} from '@massar/ui';
import { useState } from 'react';
import { ASSESSMENT_AUDIT_TRAIL } from '../graphql/queries/assessmentAuditTrail';

type AuditAssessment = Extract<NonNullable<AssessmentAuditTrailQuery['node']>, { __typename: 'Assessment' }>;

export interface AuditTrailSectionProps {
  assessments: { id: string; label: string }[];
  pupils: { id: string; name: string }[];
}

function AuditTrail({ assessmentId, pupilId }: { assessmentId: string; pupilId: string }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const labels = useEvaluationLabels();
  const { formatDate, formatGrade } = useFormatters();
  const { data, loading, error, refetch } = useQuery(ASSESSMENT_AUDIT_TRAIL, { variables: { assessmentId } });
  const node = data?.node;
  const changes = (node?.__typename === 'Assessment' ? (node as AuditAssessment).auditTrail : []).filter(
    (c) => !pupilId || c.student?.id === pupilId,
  );
  const grade = (value?: number | null, absence?: Absence | null) =>
    absence ? labels.absence(absence) : value === null || value === undefined ? '—' : formatGrade(value);

  if (loading && !data) return <LoadingState />;
  if (error) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (changes.length === 0) return <EmptyState>{t('audit.empty')}</EmptyState>;
  return (
    <Table.ScrollContainer minWidth={720} type="native">
      <Table striped fz="sm" aria-label={t('audit.tableName')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('audit.when')}</Table.Th>
            <Table.Th scope="col">{t('audit.pupil')}</Table.Th>
            <Table.Th scope="col">{t('audit.before')}</Table.Th>
            <Table.Th scope="col">{t('audit.after')}</Table.Th>
            <Table.Th scope="col">{t('audit.by')}</Table.Th>
            <Table.Th scope="col">{t('audit.reason')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {changes.map((c, index) => (
            <Table.Tr key={`${c.changedAt}-${c.student?.id ?? ''}-${index}`}>
              <Table.Td>{formatDate(c.changedAt, { dateStyle: 'short', timeStyle: 'short' })}</Table.Td>
              <Table.Td>{c.student ? localizedSortName(c.student, language) : '—'}</Table.Td>
              <Table.Td>{grade(c.oldValue, c.oldAbsence)}</Table.Td>
              <Table.Td>{c.newValue === null && !c.newAbsence ? t('audit.removed') : grade(c.newValue, c.newAbsence)}</Table.Td>
              <Table.Td>{c.changedBy ?? t('audit.outsideApi')}</Table.Td>
              <Table.Td>{c.reason || '—'}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** The audit trail of one assessment's grades, optionally of one pupil: chosen first, then fetched. */
export function AuditTrailSection({ assessments, pupils }: AuditTrailSectionProps) {
  const { t } = useTranslation();
  const [assessmentId, setAssessmentId] = useState('');
  const [pupilId, setPupilId] = useState('');
  return (
    <Stack component="section" gap="sm" aria-labelledby="audit-title">
      <Title order={2} size="h4" id="audit-title">
        {t('audit.title')}
      </Title>
      <Group gap="sm" align="flex-end">
        <NativeSelect
          label={t('audit.assessment')}
          value={assessmentId}
          onChange={(event) => setAssessmentId(event.currentTarget.value)}
          data={[{ value: '', label: t('audit.chooseAssessment') }, ...assessments.map((a) => ({ value: a.id, label: a.label }))]}
        />
        <NativeSelect
          label={t('audit.pupil')}
          value={pupilId}
          onChange={(event) => setPupilId(event.currentTarget.value)}
          data={[{ value: '', label: t('audit.allPupils') }, ...pupils.map((p) => ({ value: p.id, label: p.name }))]}
        />
      </Group>
      {assessmentId && <AuditTrail assessmentId={assessmentId} pupilId={pupilId} />}
    </Stack>
  );
}
