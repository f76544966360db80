import { useMutation, useQuery } from '@apollo/client/react';
import { serverErrorMessage } from '@massar/client';
import { Alert, Anchor, Button, Group, NativeSelect, Stack, Text, useFormatters, useTranslation } from '@massar/ui';
import { useState } from 'react';
import { Link } from 'react-router';
import { MOVE_STUDENTS } from '../graphql/mutations/moveStudents';
import { MOVE_TARGET_CLASSES } from '../graphql/queries/moveTargetClasses';
import { moveRefusal } from '../utils/moveRefusal';
import { moveTargets } from '../utils/moveTargets';

export interface MoveSelectionFormProps {
  /** The class the pupils are in now. */
  schoolClass: { id: string; name: string; levelId: string; schoolCode: string; year: string };
  /** The codes Massar of the pupils ticked. */
  codes: string[];
  onMoved: () => Promise<unknown>;
}

/**
 * "Move to class …" for the pupils ticked: the other classes of the level that year, each with
 * its seats left (one without room for the whole selection cannot be chosen); the API moves all
 * or none, and its refusals are worded here.
 */
export function MoveSelectionForm({ schoolClass, codes, onMoved }: MoveSelectionFormProps) {
  const { t } = useTranslation();
  const { formatNumber } = useFormatters();
  const [targetId, setTargetId] = useState('');
  const [done, setDone] = useState<{ count: number; id: string; name: string } | null>(null);
  const { data, refetch } = useQuery(MOVE_TARGET_CLASSES, { variables: { code: schoolClass.schoolCode, year: schoolClass.year }, fetchPolicy: 'cache-and-network' });
  const [move, { loading, error, reset }] = useMutation(MOVE_STUDENTS);
  const targets = moveTargets(data?.school?.classes ?? [], { id: schoolClass.id, levelId: schoolClass.levelId }, codes.length);
  const target = targets.find((c) => c.id === targetId && c.fits) ?? null;
  const refusal = moveRefusal(error);
  const errorText = error ? (refusal ? t(refusal.key, { ...refusal.values, className: target?.name ?? '' }) : (serverErrorMessage(error) ?? t('grades.networkError'))) : null;

  const submit = async () => {
    if (!target) return;
    setDone(null);
    reset();
    try {
      const { data: moved } = await move({ variables: { input: { classId: target.id, codesMassar: codes } } });
      if (!moved) return;
      setDone({ count: moved.moveStudents.length, id: target.id, name: target.name });
      setTargetId('');
      await Promise.all([onMoved(), refetch()]);
    } catch {
      // Worded from `error`.
    }
  };

  const option = (c: (typeof targets)[number]) =>
    c.left === 0 ? t('move.optionFull', { className: c.name }) : t('move.option', { className: c.name, count: c.left, left: formatNumber(c.left) });

  return (
    <Stack gap="xs" component="section" aria-labelledby="move-title">
      <Text component="h3" fw={700} id="move-title">
        {t('move.title')}
      </Text>
      {targets.length === 0 ? (
        <Text size="sm">{t('move.noOtherClass')}</Text>
      ) : (
        <Group gap="sm" align="flex-end">
          <NativeSelect
            label={t('move.target')}
            value={target?.id ?? ''}
            onChange={(event) => {
              setTargetId(event.currentTarget.value);
              reset();
            }}
            description={codes.length === 0 ? t('move.tickFirst') : undefined}
            data={[{ value: '', label: t('move.choose') }, ...targets.map((c) => ({ value: c.id, label: option(c), disabled: !c.fits }))]}
          />
          <Button onClick={() => void submit()} loading={loading} disabled={!target || codes.length === 0}>
            {target ? t('move.submitTo', { count: codes.length, formatted: formatNumber(codes.length), className: target.name }) : t('move.submit')}
          </Button>
        </Group>
      )}
      {errorText && (
        <Alert color="red" role="alert">
          {errorText}
        </Alert>
      )}
      {done && (
        <Alert color="green" role="status">
          {t('move.done', { count: done.count, formatted: formatNumber(done.count), className: done.name })}{' '}
          <Anchor component={Link} to={`/start-of-year/classes/${encodeURIComponent(done.id)}`}>
            {t('move.openClass', { className: done.name })}
          </Anchor>
        </Alert>
      )}
    </Stack>
  );
}
