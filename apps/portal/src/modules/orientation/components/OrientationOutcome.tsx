import type { OrientationFieldsFragment } from '@massar/client';
import { Paper, Stack, Text, Title, localizedName, useEvaluationLabels, useFormatters, useLanguage, useTranslation } from '@massar/ui';
import { MOBILITY_T } from '../../../i18n/MobilityMessages';

/** The wishes as recorded: ranked streams, when and by whom. */
export function SubmittedWishes({ orientation }: { orientation: OrientationFieldsFragment }) {
  const { t } = useTranslation(MOBILITY_T);
  const { language } = useLanguage();
  const { formatDate } = useFormatters();
  const when = orientation.submittedAt ? formatDate(orientation.submittedAt, { dateStyle: 'long', timeStyle: 'short' }) : null;
  return (
    <Stack gap="xs" component="section" aria-labelledby="submitted-title">
      <Title order={3} size="h4" id="submitted-title">
        {t('orientation.submitted')}
      </Title>
      {orientation.wishes.length === 0 ? (
        <Text c="dimmed">{t('orientation.noneSubmitted')}</Text>
      ) : (
        <Paper withBorder p="md">
          <Stack gap="xs">
            <Stack component="ol" gap={4} m={0} ps="lg" aria-labelledby="submitted-title">
              {orientation.wishes.map((w) => (
                <li key={w.rank}>{localizedName(w.stream, language)}</li>
              ))}
            </Stack>
            {when && (
              <Text size="sm" c="dimmed">
                {orientation.submittedBy ? t('orientation.submittedOn', { date: when, name: orientation.submittedBy }) : t('orientation.submittedOnly', { date: when })}
              </Text>
            )}
          </Stack>
        </Paper>
      )}
    </Stack>
  );
}

/** The class council's decision and the stream it set for next year, once confirmed and published. */
export function OrientationDecisionCard({ decision }: { decision: NonNullable<OrientationFieldsFragment['decision']> }) {
  const { t } = useTranslation(MOBILITY_T);
  const { language } = useLanguage();
  const { formatDate } = useFormatters();
  const labels = useEvaluationLabels();
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="decision-title">
      <Stack gap={4}>
        <Title order={3} size="h4" id="decision-title">
          {t('orientation.decisionTitle')}
        </Title>
        <Text fw={700}>{labels.decision(decision.decision)}</Text>
        {decision.stream && <Text>{t('orientation.decisionStream', { stream: localizedName(decision.stream, language) })}</Text>}
        <Text size="sm" c="dimmed">
          {t('orientation.decisionOn', { date: formatDate(decision.confirmedAt) })}
        </Text>
      </Stack>
    </Paper>
  );
}
