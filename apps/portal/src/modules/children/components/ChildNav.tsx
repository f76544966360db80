import { Anchor, Group, useLanguage, useTranslation } from '@massar/ui';
import { Link } from 'react-router';
import { schoolTimeNavLabel } from '../../schooltime/utils/schoolTimeNavLabel';
import { supportNavLabel } from '../../support/utils/supportNavLabel';
import { childPaths, type ChildPage } from '../utils/childPaths';

const PAGES: readonly ChildPage[] = ['results', 'timetable', 'absences', 'schooling', 'orientation', 'support'];

/** The links between a child's pages (results, timetable, absences, schooling, orientation, support); the current one is marked. */
export function ChildNav({ codeMassar, current }: { codeMassar: string; current: ChildPage }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const paths = childPaths(codeMassar);
  return (
    <nav aria-label={t('childNav.label')}>
      <Group gap="md" wrap="wrap">
        {PAGES.map((page) => (
          <Anchor
            key={page}
            component={Link}
            to={paths[page]}
            aria-current={page === current ? 'page' : undefined}
            fw={page === current ? 700 : undefined}
            underline={page === current ? 'never' : 'always'}
          >
            {page === 'support' ? supportNavLabel(language) : (schoolTimeNavLabel(page, language) ?? t(`childNav.${page}`))}
          </Anchor>
        ))}
      </Group>
    </nav>
  );
}
