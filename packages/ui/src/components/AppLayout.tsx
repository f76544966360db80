import { Box, Button, Container, Group, Text } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { localizedName } from '../i18n/localizedName';
import { useLanguage } from '../i18n/useLanguage';
import { LanguageSwitcher } from './LanguageSwitcher';
import type { ViewerIdentity } from './viewerIdentity';

export interface AppLayoutProps {
  /** Who is logged in; the header shows them and a logout button. */
  viewer?: ViewerIdentity | null;
  onLogout?: () => void;
  loggingOut?: boolean;
  children: ReactNode;
}

function ViewerBadge({ viewer }: { viewer: ViewerIdentity }) {
  const { t } = useTranslation('ui');
  const { language } = useLanguage();
  return (
    <Box>
      <Text fw={600} size="sm">
        {viewer.displayName}
      </Text>
      <Text size="xs" c="dimmed">
        {t(`roles.${viewer.role}`)} · {localizedName(viewer.scope, language)}
      </Text>
    </Box>
  );
}

/**
 * The frame of every screen: a skip link, a header (app name, who is logged in with their role and
 * scope, language, logout) and the main landmark. The app's name is its `app:name` message.
 */
export function AppLayout({ viewer, onLogout, loggingOut = false, children }: AppLayoutProps) {
  const { t } = useTranslation('ui');
  const appName = t('name', { ns: 'app' });
  useDocumentTitle(`${appName} · ${t('brand')}`);
  return (
    <>
      <a className="massar-skip-link" href="#main">
        {t('skipToContent')}
      </a>
      <Box component="header" className="massar-header" py="xs">
        <Container size="lg">
          <Group justify="space-between" gap="sm">
            <Text fw={700}>
              {t('brand')} · {appName}
            </Text>
            <Group gap="sm">
              {viewer && <ViewerBadge viewer={viewer} />}
              <LanguageSwitcher />
              {viewer && onLogout && (
                <Button variant="default" size="sm" onClick={onLogout} loading={loggingOut}>
                  {t('session.logout')}
                </Button>
              )}
            </Group>
          </Group>
        </Container>
      </Box>
      <Container component="main" id="main" tabIndex={-1} size="lg" py="lg">
        {children}
      </Container>
    </>
  );
}
