import { useQuery } from '@apollo/client/react';
import { useViewer } from '@massar/client';
import { Stack, Text, useTranslation } from '@massar/ui';
import { SCHOOL_TEACHERS } from '../graphql/queries/schoolTeachers';
import { teachersOf, type TeachingRow } from '../utils/teachingAssignments';
import { TeachingAssignmentsTable } from './TeachingAssignmentsTable';

/** Roles that assign teachers (the API's TERM_MANAGE): an assignment hands out the right to enter grades. */
export const TEACHING_ROLES: ReadonlySet<string> = new Set(['DIRECTOR']);

export interface ClassTeachingProps {
  classId: string;
  className: string;
  schoolCode: string;
  rows: TeachingRow[];
  onChanged: () => Promise<unknown>;
}

/** The class's subjects and their teachers: editable by the director, read only for the secretariat. */
export function ClassTeaching({ classId, className, schoolCode, rows, onChanged }: ClassTeachingProps) {
  const { t } = useTranslation();
  const { viewer } = useViewer();
  const mayAssign = !!viewer && TEACHING_ROLES.has(viewer.role);
  const { data } = useQuery(SCHOOL_TEACHERS, { variables: { code: schoolCode }, skip: !mayAssign });
  const teachers = mayAssign && data?.school ? teachersOf(data.school.staffMembers) : null;
  if (!rows.length) return null;
  return (
    <Stack component="section" gap="sm" aria-labelledby="teaching-title">
      <Text component="h2" fw={700} size="lg" id="teaching-title">
        {t('classPage.teaching')}
      </Text>
      {mayAssign && <Text size="sm">{t('classPage.teachingHelp')}</Text>}
      <TeachingAssignmentsTable classId={classId} className={className} rows={rows} teachers={teachers} onChanged={onChanged} />
    </Stack>
  );
}
