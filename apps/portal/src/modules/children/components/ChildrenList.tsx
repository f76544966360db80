import { useQuery } from '@apollo/client/react';
import type { Role } from '@massar/client';
import { ListSection } from '@massar/client/shell';
import {
  Anchor,
  Table,
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

  return (
    <ListSection
      id="children-title"
      title={role === 'PUPIL' ? t('children.titlePupil') : t('children.titleParent')}
      loading={loading && !data}
      error={error}
      onRetry={() => void refetch()}
      empty={t('children.empty')}
      itemCount={children.length}
    >
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
    </ListSection>
  );
}
