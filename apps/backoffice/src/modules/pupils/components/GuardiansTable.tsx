import { Badge, Table, localizedSortName, useLanguage, useTranslation } from '@massar/ui';
import type { PupilRecord } from './PupilIdentity';

const LINK_COLOURS = { CONFIRMED: 'green', PENDING: 'yellow', DECLINED: 'red' } as const;

/** The pupil's parents and tutors: relationship, whether their account confirmed the link, contact. */
export function GuardiansTable({ guardians }: { guardians: PupilRecord['guardians'] }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  return (
    <Table striped aria-labelledby="guardians-title">
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('record.guardianName')}</Table.Th>
          <Table.Th scope="col">{t('record.relationship')}</Table.Th>
          <Table.Th scope="col">{t('record.linkStatus')}</Table.Th>
          <Table.Th scope="col">{t('record.phone')}</Table.Th>
          <Table.Th scope="col">{t('record.email')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {guardians.map((g) => (
          <Table.Tr key={g.id}>
            <Table.Th scope="row">{localizedSortName(g, language)}</Table.Th>
            <Table.Td>{g.relationship ? t(`relationship.${g.relationship}`) : '—'}</Table.Td>
            <Table.Td>
              {g.linkStatus ? (
                <Badge color={LINK_COLOURS[g.linkStatus]} variant="light" tt="none">
                  {t(`linkStatus.${g.linkStatus}`)}
                </Badge>
              ) : (
                '—'
              )}
            </Table.Td>
            <Table.Td>
              <bdi>{g.phone ?? '—'}</bdi>
            </Table.Td>
            <Table.Td>
              <bdi>{g.email ?? '—'}</bdi>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
