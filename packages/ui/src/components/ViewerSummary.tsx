import { Group, Paper, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { localizedName } from '../i18n/localizedName';
import { useLanguage } from '../i18n/useLanguage';
import type { ViewerIdentity } from './viewerIdentity';

/** Name, role and scope of the logged-in account, as a description list. */
export function ViewerSummary({ viewer }: { viewer: ViewerIdentity }) {
  const { t } = useTranslation('ui');
  const { language } = useLanguage();
  const rows: [string, string][] = [
    [t('viewer.name'), viewer.displayName],
    [t('viewer.role'), t(`roles.${viewer.role}`)],
    [t('viewer.scope'), localizedName(viewer.scope, language)],
  ];
  return (
    // <dl> may only hold <div>s that each group one <dt> and its <dd>.
    <Paper withBorder p="md" component="dl" m={0} display="grid" style={{ gap: 'var(--mantine-spacing-xs)' }}>
      {rows.map(([term, value]) => (
        <Group key={term} gap="xs" wrap="nowrap" align="baseline">
          <Text component="dt" fw={600} miw="7rem">
            {term}
          </Text>
          <Text component="dd" m={0}>
            {value}
          </Text>
        </Group>
      ))}
    </Paper>
  );
}
