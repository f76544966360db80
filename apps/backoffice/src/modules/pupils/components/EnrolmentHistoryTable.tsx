import { Anchor, Badge, Table, localizedName, useFormatters, useLanguage, useTranslation } from '@massar/ui';
import { Link } from 'react-router';
import type { PupilRecord } from './PupilIdentity';

const STATUS_COLOURS = { ACTIVE: 'green', TRANSFERRED: 'blue', LEFT: 'gray' } as const;

/** Every enrolment of the pupil the school may see, across schools, latest year first, with when it ended (a transfer, a departure). */
export function EnrolmentHistoryTable({ enrolments, schoolCode }: { enrolments: PupilRecord['enrolments']; schoolCode: string }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { formatDate } = useFormatters();
  return (
    <Table striped aria-labelledby="enrolments-title">
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('record.year')}</Table.Th>
          <Table.Th scope="col">{t('record.school')}</Table.Th>
          <Table.Th scope="col">{t('record.class')}</Table.Th>
          <Table.Th scope="col">{t('record.status')}</Table.Th>
          <Table.Th scope="col">{t('record.enrolledOn')}</Table.Th>
          <Table.Th scope="col">{t('record.endedOn')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {enrolments.map((e) => {
          const ours = e.school?.code === schoolCode;
          return (
            <Table.Tr key={e.id}>
              <Table.Th scope="row">{e.schoolYear.name}</Table.Th>
              <Table.Td>{e.school ? localizedName(e.school, language) : t('record.schoolOutOfScope')}</Table.Td>
              <Table.Td>
                {e.schoolClass && ours ? (
                  <Anchor component={Link} to={`/start-of-year/classes/${encodeURIComponent(e.schoolClass.id)}`}>
                    <bdi>{e.schoolClass.name}</bdi>
                  </Anchor>
                ) : (
                  <bdi>{e.schoolClass?.name ?? '—'}</bdi>
                )}
              </Table.Td>
              <Table.Td>
                <Badge color={STATUS_COLOURS[e.status]} variant="light" tt="none">
                  {t(`enrolmentStatus.${e.status}`)}
                </Badge>
              </Table.Td>
              <Table.Td>{formatDate(e.enrolledOn, { dateStyle: 'medium' })}</Table.Td>
              <Table.Td>{e.endedOn ? formatDate(e.endedOn, { dateStyle: 'medium' }) : '—'}</Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}
