import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import type { Term } from '../evaluation/vocabulary';

export type TermChoice = Term | 'YEAR';

export interface TermTabsProps {
  value: TermChoice;
  choices?: readonly TermChoice[];
}

/**
 * The period a screen shows, as links that set `?term=` (S1, S2, or the year): plain navigation,
 * so that the back button and a shared address keep the choice.
 */
export function TermTabs({ value, choices = ['S1', 'S2'] }: TermTabsProps) {
  const { t } = useTranslation('ui');
  const location = useLocation();
  const href = (choice: TermChoice) => {
    const params = new URLSearchParams(location.search);
    params.set('term', choice);
    return `${location.pathname}?${params.toString()}`;
  };
  return (
    <Group component="nav" aria-label={t('evaluation.termNav')} gap="xs">
      {choices.map((choice) => (
        <Button
          key={choice}
          component={Link}
          to={href(choice)}
          replace
          size="sm"
          variant={choice === value ? 'filled' : 'default'}
          aria-current={choice === value ? 'page' : undefined}
        >
          {t(`evaluation.term.${choice}`)}
        </Button>
      ))}
    </Group>
  );
}

/** The `?term=` of an address when it is one of the choices, else the fallback. */
export function termFromSearch<T extends TermChoice>(search: string, choices: readonly T[], fallback: T): T {
  const term = new URLSearchParams(search).get('term');
  return (choices as readonly string[]).includes(term ?? '') ? (term as T) : fallback;
}
