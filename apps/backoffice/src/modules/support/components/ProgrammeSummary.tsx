import { Badge, Group, List, Paper, Stack, Text, useFormatters, useTranslation } from '@massar/ui';
import type { Programme } from '../hooks/useSupportChoice';
import { MAD_FORMAT } from '../utils/amounts';
import { restrictedRules } from '../utils/eligibility';
import { useRuleText } from '../hooks/useRuleText';

/** What the programme gives, to whom (its rules in words), its attendance condition and amounts. */
export function ProgrammeSummary({ programme }: { programme: Programme }) {
  const { t } = useTranslation();
  const { formatNumber } = useFormatters();
  const ruleText = useRuleText(programme.eligibility, 'serves');
  const rules = restrictedRules(programme.eligibility);
  const amounts = programme.amounts;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="programme-summary">
      <Stack gap="xs">
        <Group gap="xs">
          <Text fw={700} id="programme-summary">
            {t('support.summaryTitle')}
          </Text>
          <Badge variant="light" tt="none">
            {t(`support.kind.${programme.kind}`)}
          </Badge>
          {programme.isDefault && (
            <Badge variant="outline" color="gray" tt="none">
              {t('support.defaultRules')}
            </Badge>
          )}
        </Group>
        {rules.length === 0 ? (
          <Text size="sm">{t('support.openToAll')}</Text>
        ) : (
          <List size="sm">
            {rules.map((rule) => (
              <List.Item key={rule}>{ruleText(rule)}</List.Item>
            ))}
          </List>
        )}
        {programme.condition && (
          <Text size="sm">{t(`support.condition.${programme.condition.unit}`, { count: programme.condition.max, max: formatNumber(programme.condition.max) })}</Text>
        )}
        {amounts.length > 0 && (
          <Text size="sm">
            {t(`support.amountsPer.${programme.amountPeriod ?? 'YEAR'}`)}{' '}
            {amounts.map((a) => `${a.levelCode} ${formatNumber(a.amount, MAD_FORMAT)}`).join(' · ')}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
