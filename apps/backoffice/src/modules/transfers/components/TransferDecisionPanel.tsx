import { useMutation, useQuery } from '@apollo/client/react';
import { serverErrorMessage, type TransferFieldsFragment } from '@massar/client';
import { Alert, Button, Group, NativeSelect, Paper, Stack, Text, Textarea, Title, localizedName, localizedSortName, useFormatters, useLanguage, useTranslation } from '@massar/ui';
import { useEffect, useId, useRef, useState } from 'react';
import { CANCEL_TRANSFER } from '../graphql/mutations/cancelTransfer';
import { DECIDE_TRANSFER } from '../graphql/mutations/decideTransfer';
import { DESTINATION_CLASSES } from '../graphql/queries/destinationClasses';
import { destinationChoosesClass } from '../utils/approvals';
import { transferErrorKey } from '../utils/transferError';
import type { TransferAction } from './TransferTable';

export interface TransferDecisionPanelProps {
  transfer: TransferFieldsFragment;
  action: TransferAction;
  /** The caller's school (null for a directorate or an academy). */
  schoolCode: string | null;
  onClose: () => void;
  /** The transfer as the API now reads it, once the action went through. */
  onDone: (transfer: TransferFieldsFragment, action: TransferAction) => void;
}

const REASON_MAX = 500;

/** The destination's classes this year, for its director to pick the pupil's (else the API picks the least filled one). */
function ClassChoice({ schoolCode, value, onChange }: { schoolCode: string; value: string; onChange: (id: string) => void }) {
  const { t } = useTranslation();
  const { formatNumber } = useFormatters();
  const { data, loading } = useQuery(DESTINATION_CLASSES, { variables: { code: schoolCode } });
  const classes = [...(data?.school?.classes ?? [])].sort((a, b) => a.name.localeCompare(b.name));
  const options = [
    { value: '', label: loading ? t('transfers.decide.classesLoading') : t('transfers.decide.classAuto') },
    ...classes.map((c) => ({
      value: c.id,
      label: t('transfers.decide.classOption', { className: c.name, enrolled: formatNumber(c.enrolled.totalCount), capacity: formatNumber(c.capacity) }),
      disabled: c.enrolled.totalCount >= c.capacity,
    })),
  ];
  return (
    <NativeSelect
      label={t('transfers.decide.class')}
      description={t('transfers.decide.classHint')}
      data={options}
      value={value}
      onChange={(event) => onChange(event.currentTarget.value)}
    />
  );
}

/** Approving, refusing (with a reason) or cancelling one transfer, below the list, with the API's refusal in words. */
export function TransferDecisionPanel({ transfer, action, schoolCode, onClose, onDone }: TransferDecisionPanelProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const id = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [classId, setClassId] = useState('');
  const [reason, setReason] = useState('');
  const [reasonMissing, setReasonMissing] = useState(false);
  const [decide, decision] = useMutation(DECIDE_TRANSFER);
  const [cancel, cancellation] = useMutation(CANCEL_TRANSFER);
  const error = decision.error ?? cancellation.error;
  const busy = decision.loading || cancellation.loading;

  useEffect(() => headingRef.current?.focus(), [transfer.id, action]);

  const name = transfer.student ? localizedSortName(transfer.student, language) : t('transfers.pupilOutOfScope');
  const route = `${localizedName(transfer.fromSchool, language)} → ${localizedName(transfer.toSchool, language)}`;
  const choosesClass = action === 'approve' && schoolCode === transfer.toSchool.code && destinationChoosesClass(transfer.approvals, transfer.status, transfer.awaitingYou);

  const confirm = async () => {
    if (action === 'refuse' && !reason.trim()) {
      setReasonMissing(true);
      return;
    }
    try {
      if (action === 'cancel') {
        const { data } = await cancel({ variables: { input: { transferId: transfer.id } } });
        if (data) onDone(data.cancelTransfer, action);
        return;
      }
      const input = { transferId: transfer.id, approve: action === 'approve', reason: action === 'refuse' ? reason.trim() : null, classId: choosesClass && classId ? classId : null };
      const { data } = await decide({ variables: { input } });
      if (data) onDone(data.decideTransfer, action);
    } catch {
      // Worded from `error` below.
    }
  };

  const errorKey = transferErrorKey(error);
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={`${id}-title`}>
      <Stack gap="sm" maw={640}>
        <Title order={2} size="h4" id={`${id}-title`} ref={headingRef} tabIndex={-1}>
          {t(`transfers.decide.title.${action}`, { name })}
        </Title>
        <Text size="sm">{route}</Text>
        {choosesClass && schoolCode && <ClassChoice schoolCode={schoolCode} value={classId} onChange={setClassId} />}
        {action === 'approve' && !choosesClass && <Text size="sm">{t('transfers.decide.approveHint')}</Text>}
        {action === 'refuse' && (
          <Textarea
            label={t('transfers.decide.reason')}
            required
            value={reason}
            maxLength={REASON_MAX}
            autosize
            minRows={2}
            error={reasonMissing ? t('transfers.reasons.REFUSAL_REASON_REQUIRED') : undefined}
            onChange={(event) => {
              setReason(event.currentTarget.value);
              setReasonMissing(false);
            }}
          />
        )}
        {action === 'cancel' && <Text size="sm">{t('transfers.decide.cancelHint')}</Text>}
        {error && (
          <Alert color="red" role="alert">
            {errorKey ? t(errorKey) : (serverErrorMessage(error) ?? t('grades.networkError'))}
          </Alert>
        )}
        <Group gap="sm">
          <Button onClick={() => void confirm()} loading={busy} color={action === 'approve' ? undefined : 'red'}>
            {t(`transfers.decide.confirm.${action}`)}
          </Button>
          <Button variant="default" onClick={onClose} disabled={busy}>
            {t('transfers.decide.close')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
