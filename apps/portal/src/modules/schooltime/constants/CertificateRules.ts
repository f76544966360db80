/**
 * What the API takes as a justification's attachment (justification-attachment.ts): JPEG, PNG,
 * WebP or PDF, checked by content, at most 1.5 MB once decoded. The portal checks the same first,
 * so a family reads why in its language before anything is sent.
 */
export const CERTIFICATE_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'application/pdf'] as const;

export type CertificateType = (typeof CERTIFICATE_TYPES)[number];

export const MAX_CERTIFICATE_BYTES = 1_500_000;

/** A photo larger than the limit is re-encoded as a JPEG this wide or high at most (a certificate stays legible). */
export const PHOTO_MAX_SIDE = 2000;

/** The JPEG quality of such a re-encoded photo. */
export const PHOTO_QUALITY = 0.8;
