import { useMutation } from '@apollo/client/react';
import type { ChildAbsenceFieldsFragment } from '@massar/client';
import { serverErrorReason } from '@massar/client';
import { Alert, Button, EmptyState, Group, Stack, Text, Title, useFormatters, useTranslation } from '@massar/ui';
import { useMemo, useState } from 'react';
import { SCHOOLTIME_T } from '../../../i18n/SchoolTimeMessages';
import { STALE_ABSENCE_REASONS } from '../constants/SchoolTimeErrorReasons';
import { JUSTIFY_CHILD_ABSENCES } from '../graphql/mutations/justifyChildAbsences';
import { keepSelectable, newestFirst } from '../utils/absenceStatus';
import { justifyErrorKey } from '../utils/justifyErrorKey';
import { AbsenceList } from './AbsenceList';
import { JustificationForm, type JustificationDraft } from './JustificationForm';

export interface AbsencesSectionProps {
  absences: readonly ChildAbsenceFieldsFragment[];
  /** Reads the list again (after a refusal that says it is out of date). */
  onStale: () => void;
}

/** The term's absences, newest first; several picked and justified at once with one certificate. */
export function AbsencesSection({ absences, onStale }: AbsencesSectionProps) {
  const { t } = useTranslation(SCHOOLTIME_T);
  const { formatNumber } = useFormatters();
  const [picked, setPicked] = useState<ReadonlySet<string>>(new Set());
  const [formOpen, setFormOpen] = useState(false);
  const [hint, setHint] = useState(false);
  const [sent, setSent] = useState(false);
  const [justify, sending] = useMutation(JUSTIFY_CHILD_ABSENCES);
  const ordered = useMemo(() => newestFirst(absences), [absences]);
  // Only what is still listed and open to a justification counts (the list may have changed).
  const selected = useMemo(() => keepSelectable(picked, absences), [picked, absences]);

  const toggle = (id: string, checked: boolean) => {
    setHint(false);
    setSent(false);
    setPicked((current) => {
      const next = new Set(current);
      if (checked) next.add(id);
      else next.delete(id);
      return next;
    });
  };

  const open = () => {
    setSent(false);
    if (selected.size === 0) return setHint(true);
    sending.reset();
    setFormOpen(true);
  };

  const submit = async (draft: JustificationDraft) => {
    try {
      await justify({ variables: { input: { absenceIds: [...selected], ...draft } } });
      setPicked(new Set());
      setFormOpen(false);
      setSent(true);
    } catch (failure) {
      if (STALE_ABSENCE_REASONS.has(serverErrorReason(failure) ?? '')) onStale();
    }
  };

  if (ordered.length === 0) return <EmptyState>{t('absences.empty')}</EmptyState>;

  return (
    <Stack gap="sm" component="section" aria-labelledby="absences-title">
      <Title order={2} size="h4" id="absences-title">
        {t('absences.list')}
      </Title>
      {sent && (
        <Alert color="green" role="status">
          {t('absences.sent')}
        </Alert>
      )}
      <AbsenceList absences={ordered} selected={selected} onToggle={toggle} locked={sending.loading} labelledBy="absences-title" />
      {!formOpen && (
        <Group gap="sm">
          <Button onClick={open}>{t('absences.justify')}</Button>
          {selected.size > 0 && <Text size="sm">{t('absences.selectedCount', { number: formatNumber(selected.size) })}</Text>}
        </Group>
      )}
      {hint && (
        <Text c="red.8" size="sm" role="alert">
          {t('absences.selectFirst')}
        </Text>
      )}
      {formOpen && (
        <JustificationForm
          count={selected.size}
          sending={sending.loading}
          failure={sending.error ? t(justifyErrorKey(sending.error)) : null}
          onSubmit={(draft) => void submit(draft)}
          onCancel={() => setFormOpen(false)}
        />
      )}
    </Stack>
  );
}
