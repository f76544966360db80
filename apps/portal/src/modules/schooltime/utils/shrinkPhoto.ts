import { MAX_CERTIFICATE_BYTES, PHOTO_MAX_SIDE, PHOTO_QUALITY } from '../constants/CertificateRules';

const toJpeg = (canvas: HTMLCanvasElement, quality: number) =>
  new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/jpeg', quality));

/**
 * A phone photo over 1.5 MB re-encoded as a JPEG of at most PHOTO_MAX_SIDE pixels a side (then
 * smaller, if need be): a certificate stays legible and fits the limit. Null when the browser
 * cannot decode the photo or it stays too large (the caller says so).
 */
export async function shrinkPhoto(file: Blob): Promise<Blob | null> {
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(file);
  } catch {
    return null;
  }
  try {
    for (const [side, quality] of [[PHOTO_MAX_SIDE, PHOTO_QUALITY], [1400, 0.7]] as const) {
      const scale = Math.min(1, side / Math.max(bitmap.width, bitmap.height));
      const canvas = document.createElement('canvas');
      canvas.width = Math.round(bitmap.width * scale);
      canvas.height = Math.round(bitmap.height * scale);
      canvas.getContext('2d')?.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
      const blob = await toJpeg(canvas, quality);
      if (blob && blob.size <= MAX_CERTIFICATE_BYTES) return blob;
    }
    return null;
  } finally {
    bitmap.close();
  }
}
