import { useQuery } from '@apollo/client/react';
import type { Role } from '@massar/client';
import {
  Anchor,
  EmptyState,
  ErrorState,
  LoadingState,
  Stack,
  Table,
  Title,
  localizedPersonName,
  useLanguage,
  useTranslation,
} from '@massar/ui';
import { Link } from 'react-router';
import { MY_CHILDREN } from '../graphql/queries/myChildren';

/** A parent's children (a pupil sees themself) with their code Massar. */
export function ChildrenList({ role }: { role: Role }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { data, loading, error, refetch } = useQuery(MY_CHILDREN);
  const children = data?.me?.children ?? [];

  let content;
  if (loading && !data) content = <LoadingState />;
  else if (error) content = <ErrorState error={error} onRetry={() => void refetch()} />;
  else if (children.length === 0) content = <EmptyState>{t('children.empty')}</EmptyState>;
  else
    content = (
      <Table>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('children.name')}</Table.Th>
            <Table.Th scope="col">{t('children.codeMassar')}</Table.Th>
            <Table.Th scope="col">{t('children.results')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {children.map((child) => (
            <Table.Tr key={child.id}>
              <Table.Td>{localizedPersonName(child, language)}</Table.Td>
              <Table.Td>
                <bdi>{child.codeMassar}</bdi>
              </Table.Td>
              <Table.Td>
                <Anchor
                  component={Link}
                  to={`/children/${encodeURIComponent(child.codeMassar)}`}
                  aria-label={t('children.resultsOf', { name: localizedPersonName(child, language) })}
                >
                  {t('children.open')}
                </Anchor>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    );

  return (
    <Stack component="section" gap="sm" aria-labelledby="children-title">
      <Title order={2} size="h3" id="children-title">
        {role === 'PUPIL' ? t('children.titlePupil') : t('children.titleParent')}
      </Title>
      {content}
    </Stack>
  );
}
