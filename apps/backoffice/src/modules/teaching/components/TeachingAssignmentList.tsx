import { useQuery } from '@apollo/client/react';
import {
  Anchor,
  EmptyState,
  ErrorState,
  LoadingState,
  Stack,
  Table,
  Title,
  localizedName,
  useLanguage,
  useTranslation,
} from '@massar/ui';
import { Link } from 'react-router';
import { MY_TEACHING_ASSIGNMENTS } from '../graphql/queries/myTeachingAssignments';

/** A teacher's classes × subjects. */
export function TeachingAssignmentList() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { data, loading, error, refetch } = useQuery(MY_TEACHING_ASSIGNMENTS);
  const assignments = data?.me?.teachingAssignments ?? [];

  let content;
  if (loading && !data) content = <LoadingState />;
  else if (error) content = <ErrorState error={error} onRetry={() => void refetch()} />;
  else if (assignments.length === 0) content = <EmptyState>{t('teaching.empty')}</EmptyState>;
  else
    content = (
      <Table striped highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('teaching.class')}</Table.Th>
            <Table.Th scope="col">{t('teaching.subject')}</Table.Th>
            <Table.Th scope="col">{t('teaching.grades')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {assignments.map(({ schoolClass, subject }) => (
            <Table.Tr key={`${schoolClass.id}:${subject.id}`}>
              <Table.Td>
                <bdi>{schoolClass.name}</bdi>
              </Table.Td>
              <Table.Td>{localizedName(subject, language)}</Table.Td>
              <Table.Td>
                <Anchor
                  component={Link}
                  to={`/grades/${encodeURIComponent(schoolClass.id)}/${encodeURIComponent(subject.code)}`}
                  aria-label={t('teaching.enterFor', { className: schoolClass.name, subject: localizedName(subject, language) })}
                >
                  {t('teaching.enter')}
                </Anchor>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    );

  return (
    <Stack component="section" gap="sm" aria-labelledby="teaching-title">
      <Title order={2} size="h3" id="teaching-title">
        {t('teaching.title')}
      </Title>
      {content}
    </Stack>
  );
}
