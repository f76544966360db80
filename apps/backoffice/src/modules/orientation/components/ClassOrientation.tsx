import { useQuery } from '@apollo/client/react';
import type { ClassOrientationQuery } from '@massar/client';
import { ListSection } from '@massar/client/shell';
import { Stack, Table, Text, localizedName, localizedSortName, useEvaluationLabels, useFormatters, useLanguage, useTranslation } from '@massar/ui';
import { CLASS_ORIENTATION } from '../graphql/queries/classOrientation';
import { OrientationDeadlineForm } from './OrientationDeadlineForm';

type OrientationClass = Extract<NonNullable<ClassOrientationQuery['node']>, { __typename: 'SchoolClass' }>;

/** Orientation of a 3AC, TC or 1BAC class: the school's deadline, each pupil's ranked wishes, the council's decision and stream. */
export function ClassOrientation({ classId, canSetDeadline }: { classId: string; canSetDeadline: boolean }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const labels = useEvaluationLabels();
  const { formatDate } = useFormatters();
  const { data, loading, error, refetch } = useQuery(CLASS_ORIENTATION, { variables: { classId }, fetchPolicy: 'cache-and-network' });
  const node = data?.node;
  const schoolClass = node?.__typename === 'SchoolClass' ? (node as OrientationClass) : null;
  const rows = [...(schoolClass?.orientationWishes ?? [])]
    .map((o) => ({ o, name: localizedSortName(o.student, language) }))
    .sort((a, b) => a.name.localeCompare(b.name, language));

  return (
    <ListSection
      id="orientation-title"
      title={t('orientation.title')}
      loading={loading && !data}
      error={error}
      onRetry={() => void refetch()}
      empty={t('orientation.empty')}
      itemCount={schoolClass ? Math.max(rows.length, 1) : 0}
    >
      {schoolClass && (
        <Stack gap="sm">
          <OrientationDeadlineForm schoolCode={schoolClass.school.code} year={schoolClass.schoolYear.name} canSet={canSetDeadline} />
          {rows.length === 0 ? (
            <Text c="dimmed">{t('orientation.empty')}</Text>
          ) : (
            <Table.ScrollContainer minWidth={720} type="native">
              <Table striped fz="sm" aria-label={t('orientation.tableName', { className: schoolClass.name })}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('results.pupil')}</Table.Th>
                    <Table.Th scope="col">{t('orientation.wishes')}</Table.Th>
                    <Table.Th scope="col">{t('orientation.submitted')}</Table.Th>
                    <Table.Th scope="col">{t('orientation.decision')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {rows.map(({ o, name }) => (
                    <Table.Tr key={o.student.id}>
                      <Table.Th scope="row" fw={500}>
                        {name}
                      </Table.Th>
                      <Table.Td>
                        {o.wishes.length === 0 ? (
                          <Text size="sm" c="dimmed">
                            {t('orientation.noWishes')}
                          </Text>
                        ) : (
                          <Text component="ol" size="sm" m={0} ps="md">
                            {o.wishes.map((w) => (
                              <li key={w.rank}>{localizedName(w.stream, language)}</li>
                            ))}
                          </Text>
                        )}
                      </Table.Td>
                      <Table.Td>{o.submittedAt ? t('orientation.submittedOn', { date: formatDate(o.submittedAt, { dateStyle: 'medium' }), who: o.submittedBy ?? '' }) : '—'}</Table.Td>
                      <Table.Td>
                        {o.decision
                          ? `${labels.decision(o.decision.decision)}${o.decision.stream ? ` · ${localizedName(o.decision.stream, language)}` : ''}`
                          : t('orientation.undecided')}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
        </Stack>
      )}
    </ListSection>
  );
}
