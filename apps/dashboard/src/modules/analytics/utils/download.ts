/** The bytes of a file the API sent in base64, as a Blob to download. */
export function base64ToBlob(base64: string, mimeType: string): Blob {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return new Blob([bytes], { type: mimeType });
}

/** Save a Blob or a data URL under a name, through a temporary link (the browser's own download). */
export function saveFile(file: Blob | string, filename: string): void {
  const url = typeof file === 'string' ? file : URL.createObjectURL(file);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.appendChild(link);
  link.click();
  link.remove();
  if (typeof file !== 'string') setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** A file name for a chart image: what it shows and the slice, without characters file systems refuse. */
export function chartFilename(what: string, parts: readonly (string | undefined)[]): string {
  const name = [what, ...parts.filter(Boolean)].join('_').replace(/[^\p{L}\p{N}._-]+/gu, '-');
  return `${name}.png`;
}
