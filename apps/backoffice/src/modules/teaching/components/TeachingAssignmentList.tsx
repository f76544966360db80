import { useQuery } from '@apollo/client/react';
import { ListSection } from '@massar/client/shell';
import {
  Anchor,
  Table,
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

  return (
    <ListSection
      id="teaching-title"
      title={t('teaching.title')}
      loading={loading && !data}
      error={error}
      onRetry={() => void refetch()}
      empty={t('teaching.empty')}
      itemCount={assignments.length}
    >
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
    </ListSection>
  );
}
