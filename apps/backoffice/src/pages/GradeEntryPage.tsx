import type { Term } from '@massar/client';
import { ErrorState } from '@massar/client/shell';
import {
  Alert,
  Anchor,
  EmptyState,
  Group,
  LoadingState,
  PageHeading,
  Stack,
  TermStatusBadge,
  TermTabs,
  Text,
  currentTerm,
  termFromSearch,
  useEvaluationLabels,
  useTranslation,
} from '@massar/ui';
import { useCallback, type KeyboardEvent } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { CreateAssessmentForm } from '../modules/grades/components/CreateAssessmentForm';
import { GradeGrid } from '../modules/grades/components/GradeGrid';
import { GradeSaveBar } from '../modules/grades/components/GradeSaveBar';
import { GradeSheetTransfer } from '../modules/grades/components/GradeSheetTransfer';
import { useGradeGrid } from '../modules/grades/hooks/useGradeGrid';
import { useGradeSheet } from '../modules/grades/hooks/useGradeSheet';
import { useUnsavedChangesGuard } from '../modules/grades/hooks/useUnsavedChangesGuard';

const TERMS: readonly Term[] = ['S1', 'S2'];
const NO_ROWS = { columns: [], students: [], recorded: {} };

/** A teacher's grade entry for one class × subject × term: the grid, saving, a new assessment. */
export function GradeEntryPage() {
  const { t } = useTranslation();
  const labels = useEvaluationLabels();
  const { classId = '', subjectCode = '' } = useParams();
  const term = termFromSearch(useLocation().search, TERMS, currentTerm());
  const { sheet, loading, error, refetch } = useGradeSheet(classId, subjectCode, term);
  const reload = useCallback(() => refetch(), [refetch]);
  const grid = useGradeGrid({ ...(sheet ?? NO_ROWS), reload });
  useUnsavedChangesGuard(grid.changedCells + grid.changes.invalid.length > 0);

  const heading = sheet ? t('grades.pageTitle', { className: sheet.className, subject: sheet.subjectName }) : t('grades.title');
  let content;
  if (loading && !sheet) content = <LoadingState />;
  else if (error) content = <ErrorState error={error} onRetry={() => void refetch()} />;
  else if (!sheet || !sheet.subjectKnown) content = <EmptyState>{t('grades.notFound')}</EmptyState>;
  else {
    const readOnly = sheet.status !== 'OPEN';
    const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 's') {
        event.preventDefault();
        if (!readOnly && !grid.saving) void grid.save();
      }
    };
    content = (
      <Stack gap="md">
        <Group gap="sm">
          <Text fw={600}>{t('grades.status')}</Text>
          <TermStatusBadge status={sheet.status} />
        </Group>
        {readOnly ? (
          <Alert color="orange">{t('grades.locked', { status: labels.termStatus(sheet.status).toLowerCase() })}</Alert>
        ) : (
          <Text size="sm" id="grades-hint">
            {t('grades.hint')}
          </Text>
        )}
        {sheet.students.length === 0 ? (
          <EmptyState>{t('grades.noPupils')}</EmptyState>
        ) : sheet.columns.length === 0 ? (
          <EmptyState>{readOnly ? t('grades.noAssessmentsLocked') : t('grades.noAssessments')}</EmptyState>
        ) : (
          <div onKeyDown={onKeyDown}>
            <Stack gap="sm">
              <GradeGrid
                columns={sheet.columns}
                students={sheet.students}
                recorded={sheet.recorded}
                state={grid.state}
                dispatch={grid.dispatch}
                readOnly={readOnly}
                tableRef={grid.tableRef}
              />
              {!readOnly && (
                <GradeSaveBar
                  changedCells={grid.changedCells}
                  invalidCells={grid.changes.invalid.length}
                  overwrites={grid.changes.overwrites}
                  saving={grid.saving}
                  outcome={grid.outcome}
                  reason={grid.reason}
                  onReasonChange={grid.setReason}
                  onSave={() => void grid.save()}
                  onDiscard={grid.discard}
                />
              )}
            </Stack>
          </div>
        )}
        {!readOnly && <CreateAssessmentForm classId={classId} subjectCode={subjectCode} term={term} onCreated={reload} />}
        {sheet.students.length > 0 && (
          <GradeSheetTransfer classId={classId} subjectCode={subjectCode} term={term} canImport={!readOnly} onImported={reload} />
        )}
      </Stack>
    );
  }

  return (
    <Stack gap="md">
      <Anchor component={Link} to="/">
        {t('nav.home')}
      </Anchor>
      <PageHeading>{heading}</PageHeading>
      <TermTabs value={term} choices={TERMS} />
      {content}
    </Stack>
  );
}
