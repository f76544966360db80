import { useQuery } from '@apollo/client/react';
import { ListSection } from '@massar/client/shell';
import {
  Anchor,
  Table,
  TermStatusBadge,
  localizedName,
  useEvaluationLabels,
  useLanguage,
  useTranslation,
} from '@massar/ui';
import { Link } from 'react-router';
import { SCHOOL_CLASSES } from '../graphql/queries/schoolClasses';

/** A director's classes, with the status of each term and a link to the class's results. */
export function SchoolClassList({ schoolCode }: { schoolCode: string }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const labels = useEvaluationLabels();
  const { data, loading, error, refetch } = useQuery(SCHOOL_CLASSES, { variables: { code: schoolCode } });
  const classes = data?.school?.classes ?? [];

  return (
    <ListSection
      id="classes-title"
      title={t('classes.title')}
      loading={loading && !data}
      error={error}
      onRetry={() => void refetch()}
      empty={t('classes.empty')}
      itemCount={classes.length}
    >
      <Table striped highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('classes.class')}</Table.Th>
            <Table.Th scope="col">{t('classes.level')}</Table.Th>
            <Table.Th scope="col">{labels.term('S1')}</Table.Th>
            <Table.Th scope="col">{labels.term('S2')}</Table.Th>
            <Table.Th scope="col">{t('classes.results')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {classes.map((c) => (
            <Table.Tr key={c.id}>
              <Table.Td>
                <bdi>{c.name}</bdi>
              </Table.Td>
              <Table.Td>{localizedName(c.level, language)}</Table.Td>
              <Table.Td>
                <TermStatusBadge status={c.s1} />
              </Table.Td>
              <Table.Td>
                <TermStatusBadge status={c.s2} />
              </Table.Td>
              <Table.Td>
                <Anchor component={Link} to={`/results/${encodeURIComponent(c.id)}`} aria-label={t('classes.resultsOf', { className: c.name })}>
                  {t('classes.open')}
                </Anchor>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ListSection>
  );
}
