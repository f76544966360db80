import type { PupilRecordQuery } from '@massar/client';
import { Stack, Table, Title, useFormatters, useTranslation } from '@massar/ui';

export type PupilRecord = NonNullable<PupilRecordQuery['student']>;

/** Who the pupil is: names in both scripts, code Massar, birth, gender, when registered. */
export function PupilIdentity({ pupil }: { pupil: PupilRecord }) {
  const { t } = useTranslation();
  const { formatDate } = useFormatters();
  const rows: [string, React.ReactNode][] = [
    [t('record.codeMassar'), <bdi key="code">{pupil.codeMassar}</bdi>],
    [t('record.latinName'), `${pupil.lastName} ${pupil.firstName}`],
    [t('record.arabicName'), <bdi key="ar" lang="ar">{`${pupil.lastNameAr} ${pupil.firstNameAr}`}</bdi>],
    [t('record.birth'), t('slip.birthValue', { date: formatDate(pupil.birthDate, { dateStyle: 'long' }), place: pupil.birthPlace })],
    [t('record.gender'), t(`gender.${pupil.gender}`)],
    [t('record.registeredOn'), formatDate(pupil.createdAt, { dateStyle: 'long' })],
  ];
  return (
    <Stack component="section" gap="sm" aria-labelledby="identity-title">
      <Title order={2} size="h3" id="identity-title">
        {t('record.identity')}
      </Title>
      <Table aria-labelledby="identity-title" withRowBorders={false}>
        <Table.Tbody>
          {rows.map(([label, value]) => (
            <Table.Tr key={label}>
              <Table.Th scope="row" w="14rem">
                {label}
              </Table.Th>
              <Table.Td>{value}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
