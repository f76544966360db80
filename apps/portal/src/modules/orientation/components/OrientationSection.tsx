import type { ChildOrientationQuery } from '@massar/client';
import type { ReactNode } from 'react';
import { Alert, Stack, Text, Title, localizedName, useFormatters, useLanguage, useTranslation } from '@massar/ui';
import { MAX_WISHES } from '../constants/OrientationRules';
import { nextLevel } from '../utils/nextLevel';
import { orientationAvailability } from '../utils/orientationAvailability';
import { OrientationClosed } from './OrientationClosed';
import { OrientationDecisionCard, SubmittedWishes } from './OrientationOutcome';
import { WishesForm } from './WishesForm';
import { MOBILITY_T } from '../../../i18n/MobilityMessages';

/** A left-to-right value ("2026-2027") kept whole inside right-to-left text (Unicode first-strong isolate). */
const isolated = (text: string) => `\u2068${text}\u2069`;

type Student = NonNullable<ChildOrientationQuery['student']>;

export interface OrientationSectionProps {
  student: Student;
  levels: ChildOrientationQuery['levels'];
  /** The outcome of the last submission, worded (an Alert), or null. */
  feedback: ReactNode;
  submitting: boolean;
  onSubmit: (streamCodes: string[]) => void;
}

/** The year's orientation: the council's decision, the form while wishes are open (else why not), and what was sent. */
export function OrientationSection({ student, levels, feedback, submitting, onSubmit }: OrientationSectionProps) {
  const { t } = useTranslation(MOBILITY_T);
  const { language } = useLanguage();
  const { formatDate } = useFormatters();
  const orientation = student.orientation ?? null;
  const active = student.enrolments.find((e) => e.status === 'ACTIVE' && e.schoolYear.name === orientation?.year) ?? null;
  const levelCode = active?.schoolClass?.level.code ?? null;
  const availability = orientationAvailability({ levelCode, orientation });
  const next = nextLevel(levels, levelCode);
  const streams = next?.streams ?? [];
  const inOrientationLevel = availability.kind !== 'OTHER_LEVEL' && availability.kind !== 'NOT_ENROLLED';

  let body;
  if (availability.kind !== 'OPEN') body = <OrientationClosed availability={availability} />;
  else if (!next || streams.length === 0) body = <Alert color="gray">{t('orientation.noStreams')}</Alert>;
  else
    body = (
      <Stack gap="sm">
        {availability.deadline && <Text fw={700}>{t('orientation.deadline', { date: formatDate(availability.deadline) })}</Text>}
        <Text>{t('orientation.intro', { level: localizedName(next, language), max: Math.min(MAX_WISHES, streams.length) })}</Text>
        <WishesForm
          key={orientation?.submittedAt ?? 'none'}
          streams={streams}
          submitted={orientation?.wishes.map((w) => w.stream.code) ?? []}
          submitting={submitting}
          onSubmit={onSubmit}
        />
      </Stack>
    );

  return (
    <Stack gap="lg" component="section" aria-labelledby="orientation-title">
      <Title order={2} size="h3" id="orientation-title">
        {orientation ? t('orientation.yearTitle', { year: isolated(orientation.year) }) : t('orientation.title')}
      </Title>
      {orientation?.decision && <OrientationDecisionCard decision={orientation.decision} />}
      {feedback}
      {body}
      {orientation && inOrientationLevel && <SubmittedWishes orientation={orientation} />}
    </Stack>
  );
}
