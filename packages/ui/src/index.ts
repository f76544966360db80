export { MassarProvider } from './MassarProvider';
export type { MassarProviderProps } from './MassarProvider';
export { massarTheme } from './theme/massarTheme';

export { createI18n, NAMESPACES } from './i18n/createI18n';
export type { MessageLoaders, Messages } from './i18n/createI18n';
export {
  DEFAULT_LANGUAGE,
  LANGUAGE_ENDONYMS,
  LANGUAGES,
  directionOf,
  initialLanguage,
  isLanguage,
  localeOf,
} from './i18n/languages';
export type { Direction, Language } from './i18n/languages';
export { localizedName, localizedPersonName } from './i18n/localizedName';
export { messageKeys } from './i18n/messageKeys';
export { useLanguage } from './i18n/useLanguage';

export { formatDate } from './format/formatDate';
export { formatGrade, formatNumber } from './format/formatNumber';
export { useFormatters } from './format/useFormatters';

export { AppLayout } from './components/AppLayout';
export type { AppLayoutProps } from './components/AppLayout';
export { EmptyState } from './components/EmptyState';
export { ErrorState } from './components/ErrorState';
export { LanguageSwitcher } from './components/LanguageSwitcher';
export { LoadingState } from './components/LoadingState';
export { LoginForm } from './components/LoginForm';
export { PageHeading } from './components/PageHeading';
export { ViewerSummary } from './components/ViewerSummary';

export { LoginPage } from './session/LoginPage';
export { RequireViewer } from './session/RequireViewer';

// The kit's building blocks, so that the apps share one component library through this package.
export { Badge, Group, List, Paper, Stack, Table, Text, Title } from '@mantine/core';
export { useTranslation } from 'react-i18next';
