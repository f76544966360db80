import { useQuery } from '@apollo/client/react';
import type { MyChildrenQuery, Role } from '@massar/client';
import { ListSection } from '@massar/client/shell';
import {
  Anchor,
  Group,
  Paper,
  Stack,
  Text,
  Title,
  localizedName,
  localizedPersonName,
  useFormatters,
  useLanguage,
  useTranslation,
} from '@massar/ui';
import { Link } from 'react-router';
import { ORIENTATION_LEVELS } from '../../orientation/constants/OrientationRules';
import { currentEnrolment } from '../../schooling/utils/schoolHistory';
import { MY_CHILDREN } from '../graphql/queries/myChildren';
import { childPaths } from '../utils/childPaths';

type Child = NonNullable<MyChildrenQuery['me']>['children'][number];

/** A parent's children (a pupil sees themself): code Massar, school and class of today, and their pages. */
export function ChildrenList({ role }: { role: Role }) {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(MY_CHILDREN);
  const children = data?.me?.children ?? [];

  return (
    <ListSection
      id="children-title"
      title={role === 'PUPIL' ? t('children.titlePupil') : t('children.titleParent')}
      loading={loading && !data}
      error={error}
      onRetry={() => void refetch()}
      empty={t('children.empty')}
      itemCount={children.length}
    >
      <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
        {children.map((child) => (
          <ChildCard key={child.id} child={child} />
        ))}
      </Stack>
    </ListSection>
  );
}

function ChildCard({ child }: { child: Child }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { formatDate } = useFormatters();
  const name = localizedPersonName(child, language);
  const enrolment = currentEnrolment(child.enrolments);
  const paths = childPaths(child.codeMassar);
  const inOrientationLevel = ORIENTATION_LEVELS.includes(enrolment?.schoolClass?.level.code ?? '');
  const titleId = `child-${child.id}`;

  return (
    <Paper component="li" withBorder p="md" aria-labelledby={titleId}>
      <Stack gap={4}>
        <Title order={3} size="h4" id={titleId}>
          {name}
        </Title>
        <Text size="sm" c="dimmed">
          {t('children.codeMassarLabel')} <bdi>{child.codeMassar}</bdi>
        </Text>
        {enrolment ? (
          <Text>
            {enrolment.school ? localizedName(enrolment.school, language) : t('children.schoolHidden')}
            {enrolment.schoolClass && (
              <>
                {' · '}
                <bdi>{enrolment.schoolClass.name}</bdi>
              </>
            )}
          </Text>
        ) : (
          <Text c="dimmed">{t('children.notEnrolled')}</Text>
        )}
        {inOrientationLevel && child.orientation?.open && child.orientation.deadline && (
          <Text size="sm" fw={700}>
            {t('children.orientationOpen', { date: formatDate(child.orientation.deadline) })}
          </Text>
        )}
        <Group gap="md" mt={4}>
          <Anchor component={Link} to={paths.results} aria-label={t('children.resultsOf', { name })}>
            {t('children.resultsLink')}
          </Anchor>
          <Anchor component={Link} to={paths.schooling} aria-label={t('children.schoolingOf', { name })}>
            {t('children.schooling')}
          </Anchor>
          {inOrientationLevel && (
            <Anchor component={Link} to={paths.orientation} aria-label={t('children.orientationOf', { name })}>
              {t('children.orientation')}
            </Anchor>
          )}
        </Group>
      </Stack>
    </Paper>
  );
}
