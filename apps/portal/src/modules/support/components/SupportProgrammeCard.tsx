import type { ChildSupportQuery } from '@massar/client';
import { Badge, Group, Paper, Stack, Text, Title, localizedName, useFormatters, useLanguage, useTranslation } from '@massar/ui';
import { SUPPORT_T } from '../../../i18n/SupportMessages';
import { amountAt, MAD_FORMAT, programmeName } from '../utils/childSupport';
import { TayssirMonths } from './TayssirMonths';

export type ChildBeneficiary = NonNullable<ChildSupportQuery['student']>['supportProgrammes'][number];

/** One programme the child benefits from this year: what it gives, the amount at their level, and a conditional one's months. */
export function SupportProgrammeCard({ beneficiary }: { beneficiary: ChildBeneficiary }) {
  const { t } = useTranslation(SUPPORT_T);
  const { language } = useLanguage();
  const { formatDate, formatNumber } = useFormatters();
  const { programme } = beneficiary;
  const titleId = `programme-${beneficiary.id}`;
  const amount = amountAt(programme.amounts, beneficiary.level?.code);
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={titleId}>
      <Stack gap="xs">
        <Group justify="space-between" gap="xs" wrap="wrap">
          <Title order={2} size="h4" id={titleId}>
            {programmeName(programme, language)}
          </Title>
          <Badge variant="light" tt="none" styles={{ label: { overflow: 'visible' } }}>
            {t(`childSupport.kind.${programme.kind}`)}
          </Badge>
        </Group>
        <Text size="sm">
          {t('childSupport.listedOn', { date: formatDate(beneficiary.addedAt, { dateStyle: 'long' }) })}
          {beneficiary.school && ` · ${localizedName(beneficiary.school, language)}`}
        </Text>
        {amount !== null && (
          <Text size="sm">{t(`childSupport.amount.${programme.amountPeriod ?? 'YEAR'}`, { amount: formatNumber(amount, MAD_FORMAT) })}</Text>
        )}
        {programme.condition && (
          <>
            <Text size="sm">{t(`childSupport.condition.${programme.condition.unit}`, { count: programme.condition.max, max: formatNumber(programme.condition.max) })}</Text>
            <TayssirMonths months={beneficiary.entitlements} titleId={titleId} />
          </>
        )}
      </Stack>
    </Paper>
  );
}
