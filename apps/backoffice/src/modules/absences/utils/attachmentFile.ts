/** Whether the attachment is shown in the page (an image) rather than opened (a PDF). */
export const isImage = (contentType: string) => contentType.startsWith('image/');

/** The file of a base64 data: URL, to open a PDF through an object URL (browsers refuse to open data: URLs in a tab). */
export function blobOfDataUrl(dataUrl: string): Blob | null {
  const match = /^data:([\w.+-]+\/[\w.+-]+);base64,(.*)$/s.exec(dataUrl);
  if (!match) return null;
  const binary = atob(match[2]);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return new Blob([bytes], { type: match[1] });
}

/** A file's size in kilobytes, one decimal under 10 kB, for "PNG, 12 kB". */
export function kilobytes(byteSize: number): number {
  const kb = byteSize / 1000;
  return kb < 10 ? Math.max(0.1, Math.round(kb * 10) / 10) : Math.round(kb);
}

/** The file type as a reader names it: PNG, JPEG, WEBP, PDF. */
export const fileKind = (contentType: string) => (contentType === 'application/pdf' ? 'PDF' : contentType.replace(/^image\//, '').toUpperCase());
