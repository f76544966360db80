import type { ClassRosterQuery } from '@massar/client';
import { Table, localizedName, localizedPersonName, useLanguage, useTranslation } from '@massar/ui';

type RosterClass = Extract<NonNullable<ClassRosterQuery['node']>, { __typename: 'SchoolClass' }>;

/** Who teaches what in the class (read only: assignments are made elsewhere). */
export function TeachingAssignmentsTable({ assignments, className }: { assignments: RosterClass['teachingAssignments']; className: string }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  return (
    <Table aria-label={t('classPage.teachingTable', { className })}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('classPage.subject')}</Table.Th>
          <Table.Th scope="col">{t('classPage.teacher')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {assignments.map((a) => (
          <Table.Tr key={a.id}>
            <Table.Th scope="row">{localizedName(a.subject, language)}</Table.Th>
            <Table.Td>{a.teacher ? localizedPersonName(a.teacher, language) : t('classPage.noTeacher')}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
