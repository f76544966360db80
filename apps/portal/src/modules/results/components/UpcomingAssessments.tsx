import type { AssessmentKind } from '@massar/client';
import { List, Text, Title, localizedName, useEvaluationLabels, useFormatters, useLanguage, useTranslation } from '@massar/ui';

export interface UpcomingAssessment {
  id: string;
  kind: AssessmentKind;
  number: number;
  date: string;
  subject: { nameFr: string; nameAr: string };
}

/** The dates of the coming tests, one line per day, shown whether or not results are published. */
export function UpcomingAssessments({ assessments }: { assessments: UpcomingAssessment[] }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const labels = useEvaluationLabels();
  const { formatDate } = useFormatters();
  const days = new Map<string, UpcomingAssessment[]>();
  for (const a of assessments) days.set(a.date, [...(days.get(a.date) ?? []), a]);
  return (
    <section aria-labelledby="upcoming-title">
      <Title order={2} size="h4" id="upcoming-title" mb="xs">
        {t('results.upcoming')}
      </Title>
      {assessments.length === 0 ? (
        <Text c="dimmed" size="sm">
          {t('results.noUpcoming')}
        </Text>
      ) : (
        <List spacing="sm" size="sm" listStyleType="none">
          {[...days].map(([date, list]) => (
            <List.Item key={date}>
              <Text component="span" display="block" fw={700}>
                {formatDate(date, { weekday: 'long', day: 'numeric', month: 'long' })}
              </Text>
              {list.map((a) => `${localizedName(a.subject, language)} (${labels.assessment(a)})`).join(' · ')}
            </List.Item>
          ))}
        </List>
      )}
    </section>
  );
}
