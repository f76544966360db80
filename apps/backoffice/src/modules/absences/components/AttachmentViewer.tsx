import { useLazyQuery } from '@apollo/client/react';
import { Alert, Anchor, Box, Button, Stack, Text, useFormatters, useTranslation } from '@massar/ui';
import { useEffect, useMemo } from 'react';
import { JUSTIFICATION_ATTACHMENT } from '../graphql/queries/justificationAttachment';
import { blobOfDataUrl, fileKind, isImage, kilobytes } from '../utils/attachmentFile';

export interface AttachmentViewerProps {
  justificationId: string;
  contentType: string;
  byteSize: number;
  pupilName: string;
}

/** The file an object URL opens (a PDF in a new tab), revoked when the viewer goes. */
function useObjectUrl(dataUrl: string | null | undefined): string | null {
  const url = useMemo(() => {
    const blob = dataUrl ? blobOfDataUrl(dataUrl) : null;
    return blob ? URL.createObjectURL(blob) : null;
  }, [dataUrl]);
  useEffect(() => () => {
    if (url) URL.revokeObjectURL(url);
  }, [url]);
  return url;
}

/**
 * A justification's file, read only when asked for (it may weigh 1.5 MB): an image is shown in
 * the page, a PDF opened in a new tab.
 */
export function AttachmentViewer({ justificationId, contentType, byteSize, pupilName }: AttachmentViewerProps) {
  const { t } = useTranslation();
  const { formatNumber } = useFormatters();
  const [read, { data, loading, error, called }] = useLazyQuery(JUSTIFICATION_ATTACHMENT);
  const attachment = data?.node?.__typename === 'Justification' ? data.node.attachment : null;
  const objectUrl = useObjectUrl(attachment?.dataUrl);
  const label = t('absences.inbox.attachment', { kind: fileKind(contentType), size: formatNumber(kilobytes(byteSize)) });

  return (
    <Stack gap="xs">
      {!called || (!attachment && !loading) ? (
        <Button variant="default" onClick={() => void read({ variables: { id: justificationId } })} w="fit-content">
          {t('absences.inbox.showAttachment', { file: label })}
        </Button>
      ) : (
        <Text size="sm">{label}</Text>
      )}
      {loading && <Text size="sm">{t('absences.inbox.attachmentLoading')}</Text>}
      {error && (
        <Alert color="red" role="alert">
          {t('absences.inbox.attachmentFailed')}
        </Alert>
      )}
      {attachment?.dataUrl && isImage(attachment.contentType) && (
        <Box component="img" src={attachment.dataUrl} alt={t('absences.inbox.attachmentAlt', { name: pupilName })} maw={480} mah={640} style={{ objectFit: 'contain', border: '1px solid var(--mantine-color-gray-4)' }} />
      )}
      {objectUrl && !isImage(attachment?.contentType ?? '') && (
        <Anchor href={objectUrl} target="_blank" rel="noopener noreferrer" fw={600}>
          {t('absences.inbox.openPdf')}
        </Anchor>
      )}
    </Stack>
  );
}
