import { CERTIFICATE_TYPES, MAX_CERTIFICATE_BYTES, type CertificateType } from '../constants/CertificateRules';

/** Why a chosen file cannot be sent (schooltime.justify.file.* words each). */
export type CertificateProblem = 'EMPTY' | 'TYPE' | 'TOO_LARGE';

const startsWith = (bytes: Uint8Array, signature: readonly number[], at = 0) => signature.every((b, i) => bytes[at + i] === b);
const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));

/** The type a file's first bytes say it is, as the API judges it (its magic number); null for any other file. */
export function sniffCertificateType(bytes: Uint8Array): CertificateType | null {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8)) return 'image/webp';
  if (startsWith(bytes, ascii('%PDF-'))) return 'application/pdf';
  return null;
}

export const isCertificateType = (type: string): type is CertificateType => (CERTIFICATE_TYPES as readonly string[]).includes(type);

/**
 * A first look at a chosen file, before reading it: by its declared type and its size. A photo
 * over the limit is not refused here (it may be shrunk: see shrinkPhoto); a PDF over it is. An
 * empty type (some phones) is judged later by the content.
 */
export function precheckCertificate(file: { type: string; size: number }): CertificateProblem | null {
  if (file.size === 0) return 'EMPTY';
  const type = file.type.toLowerCase();
  if (type !== '' && !type.startsWith('image/') && type !== 'application/pdf') return 'TYPE';
  if (file.size > MAX_CERTIFICATE_BYTES && !type.startsWith('image/')) return 'TOO_LARGE';
  return null;
}

/** The last look, on the bytes that will be sent: their type by content, and their size. */
export function checkCertificateBytes(bytes: Uint8Array): { type: CertificateType } | { problem: CertificateProblem } {
  if (bytes.length === 0) return { problem: 'EMPTY' };
  const type = sniffCertificateType(bytes);
  if (!type) return { problem: 'TYPE' };
  if (bytes.length > MAX_CERTIFICATE_BYTES) return { problem: 'TOO_LARGE' };
  return { type };
}

/** Whether a photo of this type and size should be re-encoded smaller before sending (a PDF never is). */
export const needsShrinking = (file: { type: string; size: number }) => file.type.toLowerCase().startsWith('image/') && file.size > MAX_CERTIFICATE_BYTES;

/** The bytes as base64 without a data: prefix or line breaks, as justifyAbsence takes them; in slices, so a large file does not overflow the call stack. */
export function bytesToBase64(bytes: Uint8Array): string {
  const SLICE = 0x8000;
  let binary = '';
  for (let i = 0; i < bytes.length; i += SLICE) binary += String.fromCharCode(...bytes.subarray(i, i + SLICE));
  return btoa(binary);
}
