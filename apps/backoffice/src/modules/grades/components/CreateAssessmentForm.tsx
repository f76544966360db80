import { useMutation } from '@apollo/client/react';
import { serverErrorCode, serverErrorMessage, serverErrorReason, type AssessmentKind, type Term } from '@massar/client';
import { Alert, Button, Group, NativeSelect, Paper, Stack, TextInput, Title, useEvaluationLabels, useTranslation } from '@massar/ui';
import { useId, useState, type FormEvent } from 'react';
import { ASSESSMENT_REASONS } from '../constants/GradeProblems';
import { CREATE_ASSESSMENT } from '../graphql/mutations/createAssessment';

const KINDS: AssessmentKind[] = ['CONTINUOUS', 'INTEGRATED_ACTIVITY', 'LOCAL_EXAM', 'PROVINCIAL_EXAM', 'REGIONAL_EXAM', 'NATIONAL_EXAM'];

export interface CreateAssessmentFormProps {
  classId: string;
  subjectCode: string;
  term: Term;
  onCreated: (label: string) => Promise<unknown>;
}

function today(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

function useErrorText(error: unknown): string | null {
  const { t } = useTranslation();
  if (!error) return null;
  if (serverErrorCode(error) === 'GRADES_LOCKED') return t('grades.lockedError');
  const reason = serverErrorReason(error);
  if (reason && ASSESSMENT_REASONS.has(reason)) return t(`grades.create.reasons.${reason}`);
  return serverErrorMessage(error) ?? t('grades.networkError');
}

/** "Nouvelle évaluation": a disclosure with the kind and the date; the grid gains its column. */
export function CreateAssessmentForm({ classId, subjectCode, term, onCreated }: CreateAssessmentFormProps) {
  const { t } = useTranslation();
  const labels = useEvaluationLabels();
  const panelId = useId();
  const [open, setOpen] = useState(false);
  const [kind, setKind] = useState<AssessmentKind>('CONTINUOUS');
  const [date, setDate] = useState(today);
  const [created, setCreated] = useState<string | null>(null);
  const [create, { loading, error, reset }] = useMutation(CREATE_ASSESSMENT);
  const errorText = useErrorText(error);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!date) return;
    try {
      const { data } = await create({ variables: { input: { classId, subjectCode, term, kind, date } } });
      const label = data ? labels.assessment(data.createAssessment) : '';
      await onCreated(label);
      setCreated(label);
      setOpen(false);
    } catch {
      // Shown from `error`.
    }
  };

  return (
    <Stack gap="xs" align="flex-start">
      <Button
        variant="default"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => {
          setOpen((o) => !o);
          setCreated(null);
          reset();
        }}
      >
        {t('grades.create.open')}
      </Button>
      {created && (
        <Alert color="green" role="status">
          {t('grades.create.created', { label: created })}
        </Alert>
      )}
      {open && (
        <Paper withBorder p="md" id={panelId} component="section" aria-labelledby={`${panelId}-title`}>
          <form onSubmit={(event) => void submit(event)}>
            <Stack gap="sm">
              <Title order={3} size="h5" id={`${panelId}-title`}>
                {t('grades.create.title', { term: labels.term(term) })}
              </Title>
              {errorText && (
                <Alert color="red" role="alert">
                  {errorText}
                </Alert>
              )}
              <Group gap="sm" align="flex-end">
                <NativeSelect
                  label={t('grades.create.kind')}
                  value={kind}
                  onChange={(event) => setKind(event.currentTarget.value as AssessmentKind)}
                  data={KINDS.map((k) => ({ value: k, label: labels.kind(k) }))}
                />
                <TextInput
                  label={t('grades.create.date')}
                  type="date"
                  required
                  value={date}
                  onChange={(event) => setDate(event.currentTarget.value)}
                />
                <Button type="submit" loading={loading}>
                  {t('grades.create.submit')}
                </Button>
              </Group>
            </Stack>
          </form>
        </Paper>
      )}
    </Stack>
  );
}
