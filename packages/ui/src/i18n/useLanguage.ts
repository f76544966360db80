import { useTranslation } from 'react-i18next';
import { DEFAULT_LANGUAGE, isLanguage, type Language } from './languages';

/** The current language and a way to change it (its messages are loaded before the switch). */
export function useLanguage(): { language: Language; setLanguage: (language: Language) => Promise<void> } {
  const { i18n } = useTranslation();
  const current = i18n.resolvedLanguage ?? i18n.language;
  return {
    language: isLanguage(current) ? current : DEFAULT_LANGUAGE,
    setLanguage: async (language) => {
      await i18n.changeLanguage(language);
    },
  };
}
