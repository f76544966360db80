import { describe, expect, it } from 'vitest';
import { MAX_CERTIFICATE_BYTES } from '../../constants/CertificateRules';
import { bytesToBase64, checkCertificateBytes, needsShrinking, precheckCertificate, sniffCertificateType } from '../certificateFile';

const bytes = (...values: (number | string)[]) =>
  new Uint8Array(values.flatMap((v) => (typeof v === 'string' ? [...v].map((c) => c.charCodeAt(0)) : [v])));

const PNG = bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13);
const JPEG = bytes(0xff, 0xd8, 0xff, 0xe0, 0, 16);
const WEBP = bytes('RIFF', 0x24, 0, 0, 0, 'WEBPVP8 ');
const PDF = bytes('%PDF-1.7\n');

describe('sniffCertificateType', () => {
  it('knows JPEG, PNG, WebP and PDF by their first bytes', () => {
    expect(sniffCertificateType(JPEG)).toBe('image/jpeg');
    expect(sniffCertificateType(PNG)).toBe('image/png');
    expect(sniffCertificateType(WEBP)).toBe('image/webp');
    expect(sniffCertificateType(PDF)).toBe('application/pdf');
  });

  it('refuses anything else, whatever it is called (a GIF, a RIFF that is not WebP, text)', () => {
    expect(sniffCertificateType(bytes('GIF89a'))).toBeNull();
    expect(sniffCertificateType(bytes('RIFF', 0, 0, 0, 0, 'WAVEfmt '))).toBeNull();
    expect(sniffCertificateType(bytes('hello'))).toBeNull();
    expect(sniffCertificateType(new Uint8Array())).toBeNull();
  });
});

describe('precheckCertificate', () => {
  it('lets photos and PDFs within the limit through', () => {
    expect(precheckCertificate({ type: 'image/jpeg', size: 200_000 })).toBeNull();
    expect(precheckCertificate({ type: 'application/pdf', size: MAX_CERTIFICATE_BYTES })).toBeNull();
  });

  it('refuses an empty file, and a type that is neither an image nor a PDF', () => {
    expect(precheckCertificate({ type: 'image/png', size: 0 })).toBe('EMPTY');
    expect(precheckCertificate({ type: 'application/msword', size: 10_000 })).toBe('TYPE');
    expect(precheckCertificate({ type: 'video/mp4', size: 10_000 })).toBe('TYPE');
  });

  it('refuses a PDF over 1.5 MB but leaves a large photo to be shrunk', () => {
    expect(precheckCertificate({ type: 'application/pdf', size: MAX_CERTIFICATE_BYTES + 1 })).toBe('TOO_LARGE');
    expect(precheckCertificate({ type: 'image/jpeg', size: 4_000_000 })).toBeNull();
    expect(needsShrinking({ type: 'image/jpeg', size: 4_000_000 })).toBe(true);
    expect(needsShrinking({ type: 'image/jpeg', size: MAX_CERTIFICATE_BYTES })).toBe(false);
    expect(needsShrinking({ type: 'application/pdf', size: 4_000_000 })).toBe(false);
  });

  it('leaves a file without a declared type to the content check', () => {
    expect(precheckCertificate({ type: '', size: 10_000 })).toBeNull();
  });
});

describe('checkCertificateBytes', () => {
  it('answers the type by content', () => {
    expect(checkCertificateBytes(PNG)).toEqual({ type: 'image/png' });
    expect(checkCertificateBytes(PDF)).toEqual({ type: 'application/pdf' });
  });

  it('refuses a file whose content is not an accepted type (a renamed file)', () => {
    expect(checkCertificateBytes(bytes('<html>'))).toEqual({ problem: 'TYPE' });
  });

  it('refuses empty files and files over 1.5 MB, as the API would', () => {
    expect(checkCertificateBytes(new Uint8Array())).toEqual({ problem: 'EMPTY' });
    const large = new Uint8Array(MAX_CERTIFICATE_BYTES + 1);
    large.set(JPEG);
    expect(checkCertificateBytes(large)).toEqual({ problem: 'TOO_LARGE' });
    expect(checkCertificateBytes(large.subarray(0, MAX_CERTIFICATE_BYTES))).toEqual({ type: 'image/jpeg' });
  });
});

describe('bytesToBase64', () => {
  it('encodes as the API decodes (no prefix, no line breaks), a large file included', () => {
    expect(bytesToBase64(bytes('Massar'))).toBe('TWFzc2Fy');
    const large = new Uint8Array(70_000).map((_, i) => i % 251);
    const encoded = bytesToBase64(large);
    expect(encoded).toMatch(/^[A-Za-z0-9+/]*={0,2}$/);
    expect(Uint8Array.from(atob(encoded), (c) => c.charCodeAt(0))).toEqual(large);
  });
});
