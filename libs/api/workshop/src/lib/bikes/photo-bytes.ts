/** Largest photo the API keeps (decoded), as the CHECK on workshop_photo.data. */
export const MAX_PHOTO_BYTES = 2 * 1024 * 1024;

export type PhotoContentType = 'image/jpeg' | 'image/png' | 'image/webp';

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** The content type the first bytes announce, or null when they are not a JPEG, PNG or WebP image. */
export function sniffImageType(bytes: Uint8Array): PhotoContentType | null {
  const at = (offset: number, ...expected: number[]) =>
    expected.every((value, i) => bytes[offset + i] === value);
  if (bytes.length >= 3 && at(0, 0xff, 0xd8, 0xff)) return 'image/jpeg';
  if (bytes.length >= 8 && at(0, 0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a))
    return 'image/png';
  // RIFF....WEBP
  if (bytes.length >= 12 && at(0, 0x52, 0x49, 0x46, 0x46) && at(8, 0x57, 0x45, 0x42, 0x50))
    return 'image/webp';
  return null;
}

/** Why an upload is refused (null: fine), and the decoded bytes. Strict base64, ≤ 2 MB, magic bytes = type. */
export function decodePhoto(
  dataBase64: string,
  contentType: PhotoContentType,
): { bytes: Buffer; problem: null } | { bytes: null; problem: string } {
  const text = dataBase64.replace(/^data:[^;,]+;base64,/, '').replace(/\s+/g, '');
  if (text.length === 0 || text.length % 4 !== 0 || !BASE64.test(text))
    return { bytes: null, problem: 'not_base64' };
  if ((text.length / 4) * 3 > MAX_PHOTO_BYTES + 2) return { bytes: null, problem: 'too_large' };
  const bytes = Buffer.from(text, 'base64');
  if (bytes.length > MAX_PHOTO_BYTES) return { bytes: null, problem: 'too_large' };
  const sniffed = sniffImageType(bytes);
  if (sniffed === null) return { bytes: null, problem: 'not_an_image' };
  if (sniffed !== contentType) return { bytes: null, problem: 'type_mismatch' };
  return { bytes, problem: null };
}
