import { useQuery } from '@apollo/client/react';
import { Anchor, Paper, Text, useFormatters, useTranslation } from '@massar/ui';
import { Link } from 'react-router';
import { TRANSFERS_TO_DECIDE } from '../graphql/queries/transfersToDecide';

/** On the home page: how many transfers wait for the viewer, and the way to the inbox. */
export function TransfersToDecideLink() {
  const { t } = useTranslation();
  const { formatNumber } = useFormatters();
  const { data } = useQuery(TRANSFERS_TO_DECIDE, { fetchPolicy: 'cache-and-network' });
  const count = data?.transfers.totalCount;
  return (
    <Paper withBorder p="md">
      {count !== undefined && <Text mb="xs">{t('transfers.home.count', { count, n: formatNumber(count) })}</Text>}
      <Anchor component={Link} to="/transfers" fw={600}>
        {t('transfers.home.open')}
      </Anchor>
    </Paper>
  );
}
