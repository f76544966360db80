import { Button, Group, useTranslation } from '@massar/ui';
import { Link } from 'react-router';

/** The absences section's two screens: the justification inbox and a class's week. */
export function AbsencesSectionNav({ current }: { current: 'inbox' | 'week' }) {
  const { t } = useTranslation();
  const links = [
    { key: 'inbox', to: '/absences' },
    { key: 'week', to: '/absences/week' },
  ] as const;
  return (
    <Group component="nav" aria-label={t('absences.sectionNav')} gap="xs">
      {links.map((l) => (
        <Button key={l.key} component={Link} to={l.to} size="sm" variant={l.key === current ? 'filled' : 'default'} aria-current={l.key === current ? 'page' : undefined}>
          {t(`absences.section.${l.key}`)}
        </Button>
      ))}
    </Group>
  );
}
