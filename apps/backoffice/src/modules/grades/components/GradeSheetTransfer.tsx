import { useApolloClient, useMutation } from '@apollo/client/react';
import { serverErrorCode, serverErrorMessage, type GradeSheetPreviewFieldsFragment, type Term } from '@massar/client';
import { Alert, Button, Group, Paper, Stack, Text, TextInput, Title, useTranslation } from '@massar/ui';
import { useRef, useState, type ChangeEvent } from 'react';
import { IMPORT_GRADE_SHEET, PREVIEW_GRADE_SHEET } from '../graphql/mutations/gradeSheetImport';
import { GRADE_SHEET_FILE } from '../graphql/queries/gradeSheetFile';
import { base64ToBytes, downloadBytes, fileToBase64 } from '../utils/base64File';
import { GradeSheetPreviewTables } from './GradeSheetPreviewTables';

export interface GradeSheetTransferProps {
  classId: string;
  subjectCode: string;
  term: Term;
  /** False once the term is locked: the sheet can still be exported, not imported. */
  canImport: boolean;
  /** Reloads the grid once an import is written. */
  onImported: () => Promise<unknown>;
}

/** Export the .xlsx sheet; import one back with a preview of its changes before anything is written. */
export function GradeSheetTransfer({ classId, subjectCode, term, canImport, onImported }: GradeSheetTransferProps) {
  const { t } = useTranslation();
  const client = useApolloClient();
  const fileInput = useRef<HTMLInputElement>(null);
  const [exporting, setExporting] = useState(false);
  const [problem, setProblem] = useState<unknown>(null);
  const [upload, setUpload] = useState<{ name: string; base64: string } | null>(null);
  const [preview, setPreview] = useState<GradeSheetPreviewFieldsFragment | null>(null);
  const [imported, setImported] = useState<number | null>(null);
  const [reason, setReason] = useState('');
  const [previewSheet, previewState] = useMutation(PREVIEW_GRADE_SHEET);
  const [importSheet, importState] = useMutation(IMPORT_GRADE_SHEET);

  const exportSheet = async () => {
    setExporting(true);
    setProblem(null);
    try {
      const { data } = await client.query({ query: GRADE_SHEET_FILE, variables: { classId, subjectCode, term }, fetchPolicy: 'network-only' });
      if (data) downloadBytes(base64ToBytes(data.gradeSheet.base64), data.gradeSheet.filename, data.gradeSheet.contentType);
    } catch (error) {
      setProblem(error);
    } finally {
      setExporting(false);
    }
  };

  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.currentTarget.files?.[0];
    event.currentTarget.value = '';
    if (!file) return;
    setProblem(null);
    setImported(null);
    setPreview(null);
    try {
      const base64 = await fileToBase64(file);
      setUpload({ name: file.name, base64 });
      const { data } = await previewSheet({ variables: { input: { classId, subjectCode, term, base64 } } });
      setPreview(data?.previewGradeSheet ?? null);
    } catch (error) {
      setProblem(error);
    }
  };

  const confirm = async () => {
    if (!upload) return;
    try {
      const { data } = await importSheet({ variables: { input: { classId, subjectCode, term, base64: upload.base64, reason: reason.trim() || null } } });
      await onImported();
      setImported(data?.importGradeSheet.changes.length ?? 0);
      setPreview(null);
      setUpload(null);
      setReason('');
    } catch (error) {
      setProblem(error);
    }
  };

  const cancel = () => {
    setPreview(null);
    setUpload(null);
    setReason('');
  };

  const importable = preview && !preview.fileError && preview.errors.length === 0 && preview.changes.length > 0;
  const problemText = problem
    ? serverErrorCode(problem) === 'GRADES_LOCKED'
      ? t('grades.lockedError')
      : (serverErrorMessage(problem) ?? t('grades.networkError'))
    : null;

  return (
    <Stack component="section" gap="sm" aria-labelledby="sheet-title">
      <Title order={2} size="h4" id="sheet-title">
        {t('sheet.title')}
      </Title>
      <Group gap="sm">
        <Button variant="default" loading={exporting} onClick={() => void exportSheet()}>
          {t('sheet.export')}
        </Button>
        {canImport && (
          <>
            <Button variant="default" loading={previewState.loading} onClick={() => fileInput.current?.click()}>
              {t('sheet.import')}
            </Button>
            <input
              ref={fileInput}
              type="file"
              hidden
              accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              onChange={(event) => void choose(event)}
            />
          </>
        )}
      </Group>
      {problemText && (
        <Alert color="red" role="alert">
          {problemText}
        </Alert>
      )}
      {imported !== null && (
        <Alert color="green" role="status">
          {t('sheet.imported', { count: imported })}
        </Alert>
      )}
      {preview && upload && (
        <Paper withBorder p="md" component="section" aria-labelledby="sheet-preview-title">
          <Stack gap="sm">
            <Title order={3} size="h5" id="sheet-preview-title">
              {t('sheet.previewTitle', { name: upload.name })}
            </Title>
            {preview.fileError ? (
              <Alert color="red" role="alert">
                {t(`sheet.fileError.${preview.fileError}`)}
              </Alert>
            ) : (
              <>
                <Text size="sm" role="status">
                  {t('sheet.summary', { changes: preview.changes.length, errors: preview.errors.length, unchanged: preview.unchanged })}
                </Text>
                <GradeSheetPreviewTables preview={preview} />
              </>
            )}
            {preview.errors.length > 0 && <Text size="sm">{t('sheet.fixErrors')}</Text>}
            {importable && (
              <TextInput label={t('grades.reason')} value={reason} maxLength={500} onChange={(event) => setReason(event.currentTarget.value)} maw={560} />
            )}
            <Group gap="sm">
              <Button onClick={() => void confirm()} disabled={!importable} loading={importState.loading}>
                {t('sheet.confirm')}
              </Button>
              <Button variant="default" onClick={cancel}>
                {t('sheet.cancel')}
              </Button>
            </Group>
          </Stack>
        </Paper>
      )}
    </Stack>
  );
}
