import { Alert, Anchor, Button, Stack, Table, Text, localizedName, localizedSortName, useFormatters, useLanguage, useTranslation } from '@massar/ui';
import { Link } from 'react-router';
import type { Duplicates } from '../utils/duplicateIdentity';

export interface DuplicateWarningProps {
  duplicates: Duplicates;
  /** After the API refused the registration: the secretary may say it is another child. */
  onAnotherChild?: () => void;
  loading?: boolean;
}

/**
 * "This pupil may be registered already": the pupils the school may see, each with their code
 * Massar, school and a link to their record; for one outside its reach, the advice to ask the
 * family for the code Massar and request a transfer.
 */
export function DuplicateWarning({ duplicates, onAnotherChild, loading }: DuplicateWarningProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { formatDate } = useFormatters();
  const { matches, existsElsewhere } = duplicates;
  return (
    <Alert color="orange" role={onAnotherChild ? 'alert' : 'status'} title={t(onAnotherChild ? 'duplicate.refusedTitle' : 'duplicate.title')}>
      <Stack gap="sm">
        {matches.length > 0 && (
          <>
            <Text size="sm">{t('duplicate.matchesIntro')}</Text>
            <Table aria-label={t('duplicate.matchesTable')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('duplicate.codeMassar')}</Table.Th>
                  <Table.Th scope="col">{t('duplicate.name')}</Table.Th>
                  <Table.Th scope="col">{t('duplicate.birthDate')}</Table.Th>
                  <Table.Th scope="col">{t('duplicate.school')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {matches.map((m) => (
                  <Table.Tr key={m.codeMassar}>
                    <Table.Th scope="row">
                      {/* The alert's own text colour, underlined: a link's blue on the orange background is too faint. */}
                      <Anchor
                        component={Link}
                        to={`/pupils/${encodeURIComponent(m.codeMassar)}`}
                        aria-label={t('duplicate.openRecord', { code: m.codeMassar })}
                        c="inherit"
                        underline="always"
                        fw={700}
                      >
                        <bdi>{m.codeMassar}</bdi>
                      </Anchor>
                    </Table.Th>
                    <Table.Td>{localizedSortName(m, language)}</Table.Td>
                    <Table.Td>{m.birthDate ? formatDate(m.birthDate, { dateStyle: 'medium' }) : '—'}</Table.Td>
                    <Table.Td>{m.school ? localizedName(m.school, language) : t('duplicate.noSchool')}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
            <Text size="sm">{t('duplicate.useCode')}</Text>
          </>
        )}
        {existsElsewhere && <Text size="sm">{t('duplicate.elsewhere')}</Text>}
        {onAnotherChild && (
          <div>
            <Button variant="default" onClick={onAnotherChild} loading={loading}>
              {t('duplicate.anotherChild')}
            </Button>
          </div>
        )}
      </Stack>
    </Alert>
  );
}
