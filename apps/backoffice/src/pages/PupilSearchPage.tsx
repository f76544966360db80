import { useQuery } from '@apollo/client/react';
import { ListSection } from '@massar/client/shell';
import { Anchor, Button, Group, PageHeading, Stack, Table, TextInput, localizedSortName, useFormatters, useLanguage, useTranslation } from '@massar/ui';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { PUPIL_SEARCH } from '../modules/pupils/graphql/queries/pupilSearch';
import { activeEnrolment } from '../modules/pupils/utils/enrolmentYears';
import { Pager } from '../modules/start-of-year/components/Pager';
import { SchoolStaffOnly } from '../modules/start-of-year/components/SchoolStaffOnly';
import { usePager } from '../modules/start-of-year/hooks/usePager';
import { isCodeMassar, normalizeCodeMassar } from '../modules/start-of-year/utils/codeMassar';

const PAGE_SIZE = 25;

function SearchResults({ search }: { search: string }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { formatDate } = useFormatters();
  const page = usePager(search);
  const { data, loading, error, refetch } = useQuery(PUPIL_SEARCH, { variables: { search, first: PAGE_SIZE, after: page.after } });
  const connection = data?.students;
  const pupils = connection?.edges.map((e) => e.node) ?? [];
  return (
    <ListSection
      id="search-results"
      title={t('pupils.resultsTitle', { search })}
      loading={loading && !data}
      error={error}
      onRetry={() => void refetch()}
      empty={t('pupils.noMatch', { search })}
      itemCount={pupils.length}
    >
      <Table striped highlightOnHover aria-labelledby="search-results">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('roster.pupil')}</Table.Th>
            <Table.Th scope="col">{t('roster.codeMassar')}</Table.Th>
            <Table.Th scope="col">{t('roster.birthDate')}</Table.Th>
            <Table.Th scope="col">{t('pupils.currentClass')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {pupils.map((p) => (
            <Table.Tr key={p.id}>
              <Table.Th scope="row">
                <Anchor component={Link} to={`/pupils/${encodeURIComponent(p.codeMassar)}`}>
                  {localizedSortName(p, language)}
                </Anchor>
              </Table.Th>
              <Table.Td>
                <bdi>{p.codeMassar}</bdi>
              </Table.Td>
              <Table.Td>{formatDate(p.birthDate, { dateStyle: 'medium' })}</Table.Td>
              <Table.Td>
                <bdi>{activeEnrolment(p.enrolments)?.schoolClass?.name ?? '—'}</bdi>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {connection && (
        <Pager
          label={t('pupils.pages')}
          pager={page.pager}
          pageSize={PAGE_SIZE}
          shown={pupils.length}
          total={connection.totalCount}
          hasNextPage={connection.pageInfo.hasNextPage}
          onNext={() => page.next(connection.pageInfo.endCursor)}
          onPrevious={page.previous}
        />
      )}
    </ListSection>
  );
}

function PupilSearch() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const search = params.get('q')?.trim() ?? '';
  const [typed, setTyped] = useState(search);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const value = typed.trim();
    // A whole code Massar opens the record at once; anything else lists the matching pupils.
    if (isCodeMassar(value)) navigate(`/pupils/${encodeURIComponent(normalizeCodeMassar(value))}`);
    else setParams(value ? { q: value } : {});
  };

  return (
    <Stack gap="lg">
      <PageHeading>{t('pupils.title')}</PageHeading>
      <form onSubmit={submit} role="search" aria-label={t('pupils.searchName')}>
        <Group gap="sm" align="flex-end">
          <TextInput
            type="search"
            label={t('pupils.search')}
            description={t('pupils.searchHint')}
            value={typed}
            onChange={(event) => setTyped(event.currentTarget.value)}
            maxLength={100}
            autoComplete="off"
            w="22rem"
          />
          <Button type="submit">{t('pupils.submit')}</Button>
        </Group>
      </form>
      {search && <SearchResults search={search} />}
    </Stack>
  );
}

/** Finding a pupil of the school by code Massar or the start of the last name. */
export function PupilSearchPage() {
  return <SchoolStaffOnly>{() => <PupilSearch />}</SchoolStaffOnly>;
}
