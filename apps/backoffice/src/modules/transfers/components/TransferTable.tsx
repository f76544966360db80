import type { TransferFieldsFragment, TransferStatus } from '@massar/client';
import { Anchor, Badge, Button, Group, Stack, Table, Text, localizedName, localizedSortName, useFormatters, useLanguage, useTranslation } from '@massar/ui';
import { Link } from 'react-router';
import { approverKey, missingApprovals } from '../utils/approvals';

export type TransferAction = 'approve' | 'refuse' | 'cancel';

export interface TransferTableProps {
  transfers: readonly TransferFieldsFragment[];
  /** School staff open the pupil's record; a directorate has no record page. */
  linkPupils: boolean;
  onAction: (transfer: TransferFieldsFragment, action: TransferAction) => void;
}

const STATUS_COLOURS: Record<TransferStatus, string> = { REQUESTED: 'yellow', APPROVED: 'cyan', COMPLETED: 'green', REFUSED: 'red', CANCELLED: 'gray' };

function PupilCell({ transfer, link }: { transfer: TransferFieldsFragment; link: boolean }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const pupil = transfer.student;
  if (!pupil) return <Text c="dimmed">{t('transfers.pupilOutOfScope')}</Text>;
  const name = localizedSortName(pupil, language);
  return (
    <Stack gap={0}>
      {link ? (
        <Anchor component={Link} to={`/pupils/${encodeURIComponent(pupil.codeMassar)}`} fw={500}>
          {name}
        </Anchor>
      ) : (
        <Text fw={500}>{name}</Text>
      )}
      <Text size="xs" c="dimmed" dir="ltr">
        {pupil.codeMassar}
      </Text>
    </Stack>
  );
}

/** Who the transfer waits for, or how it ended (the class it opened, the refusal's reason). */
function StandingCell({ transfer }: { transfer: TransferFieldsFragment }) {
  const { t } = useTranslation();
  const missing = missingApprovals(transfer.approvals, transfer.status);
  if (missing.length > 0)
    return (
      <Stack gap={0}>
        {missing.map((a) => (
          <Text key={`${a.side}-${a.approver}`} size="sm">
            {t(approverKey(a))}
            {transfer.awaitingYou && ` ${t('transfers.you')}`}
          </Text>
        ))}
      </Stack>
    );
  if (transfer.status === 'COMPLETED')
    return <Text size="sm">{transfer.enrolment?.schoolClass ? t('transfers.enrolledIn', { className: transfer.enrolment.schoolClass.name }) : t('transfers.completed')}</Text>;
  if (transfer.status === 'REFUSED') return <Text size="sm">{t('transfers.refusedBecause', { reason: transfer.refusalReason ?? '—' })}</Text>;
  return <Text size="sm">—</Text>;
}

/** The transfers of one page: pupil, from → to, status, dates, who must decide, and the actions the caller may take. */
export function TransferTable({ transfers, linkPupils, onAction }: TransferTableProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { formatDate } = useFormatters();
  const date = (value: string | null | undefined) => (value ? formatDate(value, { dateStyle: 'medium' }) : '—');
  return (
    <Table.ScrollContainer minWidth={960} type="native">
      <Table striped fz="sm" aria-label={t('transfers.tableName')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('transfers.pupil')}</Table.Th>
            <Table.Th scope="col">{t('transfers.fromTo')}</Table.Th>
            <Table.Th scope="col">{t('transfers.status')}</Table.Th>
            <Table.Th scope="col">{t('transfers.dates')}</Table.Th>
            <Table.Th scope="col">{t('transfers.standing')}</Table.Th>
            <Table.Th scope="col">{t('transfers.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {transfers.map((tr) => {
            const who = tr.student ? localizedSortName(tr.student, language) : tr.id;
            return (
              <Table.Tr key={tr.id}>
                <Table.Td>
                  <PupilCell transfer={tr} link={linkPupils} />
                </Table.Td>
                <Table.Td>
                  <Text size="sm">
                    {localizedName(tr.fromSchool, language)} → {localizedName(tr.toSchool, language)}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {t(`transfers.requestedBy.${tr.requestedBy}`)}
                    {tr.reason && ` · ${tr.reason}`}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Badge color={STATUS_COLOURS[tr.status]} variant="light" tt="none" styles={{ label: { overflow: 'visible' } }}>
                    {t(`transfers.statusName.${tr.status}`)}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{t('transfers.requestedOn', { date: date(tr.requestedAt) })}</Text>
                  {tr.decidedAt && <Text size="sm">{t('transfers.decidedOn', { date: date(tr.decidedAt) })}</Text>}
                </Table.Td>
                <Table.Td>
                  <StandingCell transfer={tr} />
                </Table.Td>
                <Table.Td>
                  <Group gap="xs" wrap="nowrap">
                    {tr.awaitingYou && (
                      <>
                        <Button size="xs" onClick={() => onAction(tr, 'approve')} aria-label={t('transfers.approveFor', { name: who })}>
                          {t('transfers.approve')}
                        </Button>
                        <Button size="xs" variant="default" onClick={() => onAction(tr, 'refuse')} aria-label={t('transfers.refuseFor', { name: who })}>
                          {t('transfers.refuse')}
                        </Button>
                      </>
                    )}
                    {tr.cancellable && (
                      <Button size="xs" variant="subtle" color="red" onClick={() => onAction(tr, 'cancel')} aria-label={t('transfers.cancelFor', { name: who })}>
                        {t('transfers.cancel')}
                      </Button>
                    )}
                  </Group>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
