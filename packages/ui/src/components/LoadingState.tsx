import { Center, Loader, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** A spinner announced to screen readers as "Chargement…". */
export function LoadingState() {
  const { t } = useTranslation('ui');
  return (
    <Center role="status" py="xl">
      <Loader aria-hidden="true" />
      <VisuallyHidden>{t('state.loading')}</VisuallyHidden>
    </Center>
  );
}
