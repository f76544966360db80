import { useMutation } from '@apollo/client/react';
import { serverErrorMessage, type TimetableSlotFieldsFragment } from '@massar/client';
import { Alert, Button, Group, Stack, Text, useTranslation } from '@massar/ui';
import { useState } from 'react';
import { REMOVE_SLOT } from '../graphql/mutations/removeSlot';
import { useWeekWords } from '../hooks/useWeekWords';
import { slotRefusal } from '../utils/timetableError';

/** Removing the selected slot, after a confirmation (its roll calls stay, without a slot). */
export function RemoveSlot({ slot, onRemoved }: { slot: TimetableSlotFieldsFragment; onRemoved: (message: string) => void }) {
  const { t } = useTranslation();
  const words = useWeekWords();
  const [confirming, setConfirming] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [remove, removing] = useMutation(REMOVE_SLOT);
  const name = words.nameOf(slot);

  const run = async () => {
    setFailure(null);
    try {
      await remove({ variables: { id: slot.id } });
      onRemoved(t('timetable.removed', { name }));
    } catch (error) {
      const key = slotRefusal(error)?.key;
      setFailure((key && t(key)) || serverErrorMessage(error) || t('timetable.failed'));
    }
  };

  if (!confirming) {
    return (
      <Group>
        <Button variant="subtle" color="red" onClick={() => setConfirming(true)}>
          {t('timetable.remove.ask')}
        </Button>
      </Group>
    );
  }
  return (
    <Stack gap="xs" role="group" aria-labelledby="remove-slot-question">
      <Text size="sm" id="remove-slot-question" fw={600}>
        {t('timetable.remove.confirm', { name })}
      </Text>
      <Group gap="sm">
        <Button color="red" loading={removing.loading} onClick={() => void run()} data-autofocus>
          {t('timetable.remove.yes')}
        </Button>
        <Button variant="default" onClick={() => setConfirming(false)}>
          {t('timetable.remove.no')}
        </Button>
      </Group>
      {failure && (
        <Alert color="red" role="alert">
          {failure}
        </Alert>
      )}
    </Stack>
  );
}
