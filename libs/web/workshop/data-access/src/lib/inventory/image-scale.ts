/** The longest side of a photo sent to the API (PhotoUploadRequest: scaled to ≤ 1600 px JPEG first). */
export const PHOTO_MAX_SIDE = 1600;
/** JPEG quality of the scaled photo: a phone photo of a bike ends up well below the 2 MB limit. */
export const PHOTO_JPEG_QUALITY = 0.85;
/** The API refuses photos above 2 MB decoded. */
export const PHOTO_MAX_BYTES = 2 * 1024 * 1024;

/** The size to draw a photo at: the same aspect, the longest side at most `max`, never enlarged. */
export function scaledSize(
  width: number,
  height: number,
  max: number = PHOTO_MAX_SIDE,
): { width: number; height: number } {
  if (width <= 0 || height <= 0) return { width: 0, height: 0 };
  const factor = Math.min(1, max / Math.max(width, height));
  return {
    width: Math.max(1, Math.round(width * factor)),
    height: Math.max(1, Math.round(height * factor)),
  };
}

/** The base64 part of a `data:` URL (what the API takes as `dataBase64`); empty when it is none. */
export function base64OfDataUrl(dataUrl: string): string {
  const comma = dataUrl.indexOf(',');
  return dataUrl.startsWith('data:') && comma > 0 ? dataUrl.slice(comma + 1) : '';
}

/** Bytes a base64 string decodes to (for the 2 MB check before sending). */
export function decodedBytes(base64: string): number {
  const padding = base64.endsWith('==') ? 2 : base64.endsWith('=') ? 1 : 0;
  return Math.floor((base64.length * 3) / 4) - padding;
}
