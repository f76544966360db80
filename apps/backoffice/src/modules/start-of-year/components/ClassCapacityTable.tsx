import type { StartOfYearClassesQuery } from '@massar/client';
import { Anchor, Badge, Group, Table, localizedName, useFormatters, useLanguage, useTranslation } from '@massar/ui';
import { Link } from 'react-router';
import { isFull, placesLeft } from '../utils/classCapacity';

export type StartOfYearClass = NonNullable<StartOfYearClassesQuery['school']>['classes'][number];

/** The school's classes of the year: level, pupils enrolled out of the capacity, seats left, and where to act on each. */
export function ClassCapacityTable({ classes }: { classes: StartOfYearClass[] }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { formatNumber } = useFormatters();
  return (
    <Table striped highlightOnHover aria-label={t('startOfYear.classesTable')}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('startOfYear.class')}</Table.Th>
          <Table.Th scope="col">{t('startOfYear.level')}</Table.Th>
          <Table.Th scope="col">{t('startOfYear.enrolled')}</Table.Th>
          <Table.Th scope="col">{t('startOfYear.placesLeft')}</Table.Th>
          <Table.Th scope="col">{t('startOfYear.actions')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {classes.map((c) => {
          const enrolled = c.enrolledCount;
          const full = isFull(c.capacity, enrolled);
          return (
            <Table.Tr key={c.id}>
              <Table.Th scope="row">
                <bdi>{c.name}</bdi>
              </Table.Th>
              <Table.Td>
                {localizedName(c.level, language)}
                {c.stream && ` · ${localizedName(c.stream, language)}`}
              </Table.Td>
              <Table.Td>{t('startOfYear.enrolledOf', { enrolled: formatNumber(enrolled), capacity: formatNumber(c.capacity) })}</Table.Td>
              <Table.Td>
                {full ? (
                  <Badge color="red" variant="light" tt="none">
                    {t('startOfYear.full')}
                  </Badge>
                ) : (
                  formatNumber(placesLeft(c.capacity, enrolled))
                )}
              </Table.Td>
              <Table.Td>
                <Group gap="md">
                  <Anchor component={Link} to={`/start-of-year/classes/${encodeURIComponent(c.id)}`} aria-label={t('startOfYear.openClassNamed', { className: c.name })}>
                    {t('startOfYear.openClass')}
                  </Anchor>
                  {!full && (
                    <Anchor
                      component={Link}
                      to={`/start-of-year/register?classId=${encodeURIComponent(c.id)}`}
                      aria-label={t('startOfYear.registerInNamed', { className: c.name })}
                    >
                      {t('startOfYear.registerIn')}
                    </Anchor>
                  )}
                </Group>
              </Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}
