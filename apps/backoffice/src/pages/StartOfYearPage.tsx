import { useQuery } from '@apollo/client/react';
import { ListSection } from '@massar/client/shell';
import { Button, Group, PageHeading, Stack, Text, useTranslation } from '@massar/ui';
import { Link } from 'react-router';
import { ClassCapacityTable } from '../modules/start-of-year/components/ClassCapacityTable';
import { SchoolStaffOnly } from '../modules/start-of-year/components/SchoolStaffOnly';
import { START_OF_YEAR_CLASSES } from '../modules/start-of-year/graphql/queries/startOfYearClasses';

function StartOfYearClasses({ schoolCode }: { schoolCode: string }) {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(START_OF_YEAR_CLASSES, { variables: { code: schoolCode }, fetchPolicy: 'cache-and-network' });
  const classes = data?.school?.classes ?? [];
  const year = classes[0]?.schoolYear.name;
  return (
    <Stack gap="lg">
      <PageHeading>{year ? t('startOfYear.titleYear', { year }) : t('startOfYear.title')}</PageHeading>
      <Text>{t('startOfYear.intro')}</Text>
      <Group gap="sm">
        <Button component={Link} to="/start-of-year/register">
          {t('startOfYear.register')}
        </Button>
        <Button component={Link} to="/pupils" variant="default">
          {t('startOfYear.findPupil')}
        </Button>
      </Group>
      <ListSection
        id="start-of-year-classes"
        title={t('startOfYear.classesTitle')}
        loading={loading && !data}
        error={error}
        onRetry={() => void refetch()}
        empty={t('startOfYear.noClasses')}
        itemCount={classes.length}
      >
        <ClassCapacityTable classes={classes} />
      </ListSection>
    </Stack>
  );
}

/** The start of the year (rentrée): the year's classes with their seats, registration of new pupils, class assignment. */
export function StartOfYearPage() {
  return <SchoolStaffOnly>{(schoolCode) => <StartOfYearClasses schoolCode={schoolCode} />}</SchoolStaffOnly>;
}
