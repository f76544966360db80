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
export { localizedName, localizedPersonName, localizedSortName } from './i18n/localizedName';
export { messageKeys } from './i18n/messageKeys';
export { useLanguage } from './i18n/useLanguage';

export { formatDate } from './format/formatDate';
export { formatGrade, formatNumber } from './format/formatNumber';
export { useFormatters } from './format/useFormatters';

export { AppLayout } from './components/AppLayout';
export type { AppLayoutProps } from './components/AppLayout';
export { EmptyState } from './components/EmptyState';
export { ErrorAlert } from './components/ErrorAlert';
export type { ErrorAlertProps } from './components/ErrorAlert';
export { LanguageSwitcher } from './components/LanguageSwitcher';
export { ListSectionLayout } from './components/ListSectionLayout';
export type { ListSectionLayoutProps } from './components/ListSectionLayout';
export { LoadingState } from './components/LoadingState';
export { LoginForm } from './components/LoginForm';
export type { LoginFailureReason, LoginFormProps } from './components/LoginForm';
export { PageHeading } from './components/PageHeading';
export { ViewerSummary } from './components/ViewerSummary';
export type { ViewerIdentity } from './components/viewerIdentity';
export { SimpleStat } from './components/SimpleStat';
export type { SimpleStatProps } from './components/SimpleStat';
export { TermStatusBadge } from './components/TermStatusBadge';
export { TermTabs, termFromSearch } from './components/TermTabs';
export type { TermChoice, TermTabsProps } from './components/TermTabs';

export { assessmentLabel } from './evaluation/assessmentLabel';
export { currentTerm } from './evaluation/currentTerm';
export { parseDerivationLabel } from './evaluation/derivationLabel';
export type { DerivationLine } from './evaluation/derivationLabel';
export { DerivationTable } from './evaluation/DerivationTable';
export type { DerivationTableProps, DerivationTableStep } from './evaluation/DerivationTable';
export { useDerivationText } from './evaluation/useDerivationText';
export { useEvaluationLabels } from './evaluation/useEvaluationLabels';

// The kit's building blocks, so that the apps share one component library through this package.
export {
  Alert,
  Anchor,
  Badge,
  Box,
  Button,
  Group,
  List,
  NativeSelect,
  Paper,
  Stack,
  Table,
  Text,
  TextInput,
  Textarea,
  Title,
  VisuallyHidden,
} from '@mantine/core';
export { useTranslation } from 'react-i18next';
