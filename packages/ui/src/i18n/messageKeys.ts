import type { Messages } from './createI18n';

/** Every key of a message tree, dotted and sorted: to check that languages stay in step. */
export function messageKeys(messages: Messages, prefix = ''): string[] {
  return Object.entries(messages)
    .flatMap(([key, value]) =>
      typeof value === 'string' ? [`${prefix}${key}`] : messageKeys(value, `${prefix}${key}.`),
    )
    .sort();
}
