import { useMutation } from '@apollo/client/react';
import { serverErrorMessage } from '@massar/client';
import { Alert, Button, Group, NativeSelect, Table, localizedName, localizedPersonName, useLanguage, useTranslation } from '@massar/ui';
import { useState } from 'react';
import { ASSIGN_TEACHER, REMOVE_TEACHING_ASSIGNMENT } from '../graphql/mutations/teachingAssignments';
import { teachingRefusalKey, type TeachingRow } from '../utils/teachingAssignments';

type Person = NonNullable<TeachingRow['teacher']>;

export interface TeachingAssignmentsTableProps {
  classId: string;
  className: string;
  rows: TeachingRow[];
  /** The school's teachers to choose from: the director's; without them the table is read only. */
  teachers?: Person[] | null;
  onChanged?: () => Promise<unknown>;
}

function useRefusalText(error: unknown) {
  const { t } = useTranslation();
  if (!error) return null;
  const key = teachingRefusalKey(error);
  return key ? t(key) : (serverErrorMessage(error) ?? t('grades.networkError'));
}

/** One subject: its teacher, and for the director a teacher to assign (or replace with) and a withdrawal. */
function AssignmentRow({ classId, row, teachers, onChanged }: { classId: string; row: TeachingRow; teachers: Person[]; onChanged?: () => Promise<unknown> }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const [teacherId, setTeacherId] = useState(row.teacher?.id ?? '');
  const [assign, assigning] = useMutation(ASSIGN_TEACHER);
  const [remove, removing] = useMutation(REMOVE_TEACHING_ASSIGNMENT);
  const subject = localizedName(row.subject, language);
  const errorText = useRefusalText(assigning.error ?? removing.error);
  const input = { classId, subjectCode: row.subject.code };

  const run = async (action: () => Promise<unknown>) => {
    assigning.reset();
    removing.reset();
    try {
      await action();
      await onChanged?.();
    } catch {
      // Worded from the mutation's error.
    }
  };

  return (
    <Table.Tr>
      <Table.Th scope="row">{subject}</Table.Th>
      <Table.Td>{row.teacher ? localizedPersonName(row.teacher, language) : t('classPage.noTeacher')}</Table.Td>
      <Table.Td>
        <Group gap="xs" align="flex-end" wrap="nowrap">
          <NativeSelect
            aria-label={t('classPage.chooseTeacherFor', { subject })}
            value={teacherId}
            onChange={(event) => setTeacherId(event.currentTarget.value)}
            data={[{ value: '', label: t('classPage.chooseTeacher') }, ...teachers.map((p) => ({ value: p.id, label: localizedPersonName(p, language) }))]}
          />
          <Button
            size="xs"
            loading={assigning.loading}
            disabled={!teacherId || teacherId === row.teacher?.id}
            aria-label={t(row.teacher ? 'classPage.replaceFor' : 'classPage.assignFor', { subject })}
            onClick={() => void run(() => assign({ variables: { input: { ...input, teacherId } } }))}
          >
            {row.teacher ? t('classPage.replace') : t('classPage.assign')}
          </Button>
          {row.teacher && (
            <Button
              size="xs"
              variant="subtle"
              color="red"
              loading={removing.loading}
              aria-label={t('classPage.removeFor', { subject })}
              onClick={() =>
                void run(async () => {
                  await remove({ variables: { input } });
                  setTeacherId('');
                })
              }
            >
              {t('classPage.remove')}
            </Button>
          )}
        </Group>
        {errorText && (
          <Alert color="red" role="alert" mt="xs">
            {errorText}
          </Alert>
        )}
      </Table.Td>
    </Table.Tr>
  );
}

/** Who teaches each subject of the class; the director assigns, replaces and withdraws teachers here. */
export function TeachingAssignmentsTable({ classId, className, rows, teachers, onChanged }: TeachingAssignmentsTableProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  return (
    <Table aria-label={t('classPage.teachingTable', { className })}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('classPage.subject')}</Table.Th>
          <Table.Th scope="col">{t('classPage.teacher')}</Table.Th>
          {teachers && <Table.Th scope="col">{t('classPage.change')}</Table.Th>}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((row) =>
          teachers ? (
            <AssignmentRow key={`${row.subject.code}:${row.teacher?.id ?? ''}`} classId={classId} row={row} teachers={teachers} onChanged={onChanged} />
          ) : (
            <Table.Tr key={row.subject.code}>
              <Table.Th scope="row">{localizedName(row.subject, language)}</Table.Th>
              <Table.Td>{row.teacher ? localizedPersonName(row.teacher, language) : t('classPage.noTeacher')}</Table.Td>
            </Table.Tr>
          ),
        )}
      </Table.Tbody>
    </Table>
  );
}
