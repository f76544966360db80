import { NativeSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LANGUAGE_ENDONYMS, LANGUAGES, isLanguage } from '../i18n/languages';
import { useLanguage } from '../i18n/useLanguage';

/** A native select (light, keyboard- and screen-reader-friendly) offering each language in its own name. */
export function LanguageSwitcher() {
  const { t } = useTranslation('ui');
  const { language, setLanguage } = useLanguage();
  return (
    <NativeSelect
      aria-label={t('language.label')}
      value={language}
      onChange={(event) => {
        const next = event.currentTarget.value;
        if (isLanguage(next)) void setLanguage(next);
      }}
      size="sm"
    >
      {LANGUAGES.map((code) => (
        <option key={code} value={code} lang={code}>
          {LANGUAGE_ENDONYMS[code]}
        </option>
      ))}
    </NativeSelect>
  );
}
