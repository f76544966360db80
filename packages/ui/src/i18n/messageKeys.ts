import type { Messages } from './createI18n';

// i18next's plural forms: each language has its own set (Arabic six, French and English two).
const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

/** Every key of a message tree, dotted and sorted, plural forms counted once: to check that languages stay in step. */
export function messageKeys(messages: Messages, prefix = ''): string[] {
  const keys = Object.entries(messages).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key.replace(PLURAL_SUFFIX, '')}`] : messageKeys(value, `${prefix}${key}.`),
  );
  return [...new Set(keys)].sort();
}
