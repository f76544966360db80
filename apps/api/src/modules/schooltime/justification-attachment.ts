import { badInput, CoreErrorReason } from '../../core/errors.js';
import { SchoolTimeErrorReason as Reason } from './schooltime.errors.js';

/** 1.5 MB decoded: a phone photo of a certificate, and, base64-encoded (2,000,000 characters), within the API's 2 MB request body. */
export const MAX_ATTACHMENT_BYTES = 1_500_000;
const MAX_BASE64_LENGTH = Math.ceil(MAX_ATTACHMENT_BYTES / 3) * 4;
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

export const ATTACHMENT_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'application/pdf'] as const;
export type AttachmentType = (typeof ATTACHMENT_TYPES)[number];

const startsWith = (bytes: Buffer, signature: number[], at = 0) => signature.every((b, i) => bytes[at + i] === b);
const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));

/** The type a file's first bytes say it is (its magic number), whatever name or type it was sent with; null for any other file. */
export function sniffType(bytes: Buffer): AttachmentType | null {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8)) return 'image/webp';
  if (startsWith(bytes, ascii('%PDF-'))) return 'application/pdf';
  return null;
}

/**
 * The attachment's bytes, checked: its size is judged on the string before anything is decoded
 * (a huge string is refused as it came), then the bytes must be the type declared, by content.
 */
export function decodeAttachment(input: { contentType: string; base64: string }): { contentType: AttachmentType; bytes: Buffer } {
  if (input.base64.length > MAX_BASE64_LENGTH) throw badInput('attachment', Reason.ATTACHMENT_TOO_LARGE, 'The attachment is larger than 1.5 MB');
  if (input.base64.length % 4 !== 0 || !BASE64.test(input.base64)) throw badInput('attachment', CoreErrorReason.INVALID, 'The attachment is not base64');
  const bytes = Buffer.from(input.base64, 'base64');
  if (bytes.length === 0) throw badInput('attachment', CoreErrorReason.INVALID, 'The attachment is empty');
  if (bytes.length > MAX_ATTACHMENT_BYTES) throw badInput('attachment', Reason.ATTACHMENT_TOO_LARGE, 'The attachment is larger than 1.5 MB');
  const type = sniffType(bytes);
  if (!type || type !== input.contentType.trim().toLowerCase()) {
    throw badInput('attachment', Reason.ATTACHMENT_TYPE, 'The attachment must be a JPEG, PNG, WebP or PDF file of the type it says');
  }
  return { contentType: type, bytes };
}
