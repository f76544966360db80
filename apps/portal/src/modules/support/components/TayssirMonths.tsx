import { Badge, Group, Stack, Text, useFormatters, useTranslation } from '@massar/ui';
import { SUPPORT_T } from '../../../i18n/SupportMessages';
import { MAD_FORMAT, monthDay, monthsLatestFirst, monthWhy, yearSoFar, type MonthLike } from '../utils/childSupport';
import classes from './ChildSupport.module.css';

/** A conditional programme's months so far: paid with its amount, or lost and why; the year's total paid. */
export function TayssirMonths({ months, titleId }: { months: readonly MonthLike[]; titleId: string }) {
  const { t } = useTranslation(SUPPORT_T);
  const { formatDate, formatNumber } = useFormatters();
  const list = monthsLatestFirst(months);
  const soFar = yearSoFar(list);
  if (list.length === 0) return <Text size="sm">{t('childSupport.noMonthYet')}</Text>;
  return (
    <Stack gap="xs">
      <Text size="sm" fw={500}>
        {t('childSupport.soFar', { paid: formatNumber(soFar.paid, MAD_FORMAT), count: soFar.kept, kept: formatNumber(soFar.kept) })}
        {soFar.lost > 0 && ` ${t('childSupport.lostMonths', { count: soFar.lost, n: formatNumber(soFar.lost) })}`}
      </Text>
      <ul className={classes.months} aria-labelledby={titleId}>
        {list.map((m) => {
          const why = monthWhy(m);
          return (
            <li key={m.month} className={classes.month}>
              <Group justify="space-between" gap="xs" wrap="wrap">
                <Text fw={600}>{formatDate(monthDay(m.month), { month: 'long', year: 'numeric' })}</Text>
                <Badge color={m.met ? 'green' : 'red'} variant="light" tt="none" styles={{ label: { overflow: 'visible' } }}>
                  {m.met ? (m.amount === null ? t('childSupport.kept') : t('childSupport.paid', { amount: formatNumber(m.amount, MAD_FORMAT) })) : t('childSupport.lost')}
                </Badge>
              </Group>
              <Text size="sm">{t(why.key, { count: why.count, n: formatNumber(why.count), max: formatNumber(why.max) })}</Text>
              {why.pending > 0 && (
                <Text size="sm" c="dimmed">
                  {t('childSupport.why.pending', { count: why.pending, n: formatNumber(why.pending) })}
                </Text>
              )}
            </li>
          );
        })}
      </ul>
    </Stack>
  );
}
