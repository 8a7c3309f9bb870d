import type { PhotoUploadRequest, WorkshopPhotoKind } from '@zusammen/shared/contracts';
import {
  PHOTO_JPEG_QUALITY,
  PHOTO_MAX_BYTES,
  base64OfDataUrl,
  decodedBytes,
  scaledSize,
} from '@zusammen/web/workshop/data-access';

/** A photo taken or picked on the page: the preview and the request that uploads it. */
export interface CapturedPhoto {
  dataUrl: string;
  request: PhotoUploadRequest;
}

// Read as a data: URL, not a blob: URL: the Content-Security-Policy allows images from 'self' and data: only.
function loadImage(file: Blob): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onerror = () => reject(new Error('not readable'));
    reader.onload = () => {
      const image = new Image();
      image.onload = () => resolve(image);
      image.onerror = () => reject(new Error('not an image'));
      image.src = String(reader.result);
    };
    reader.readAsDataURL(file);
  });
}

/**
 * Draws a camera photo into a canvas at ≤ 1600 px on its long side and encodes it as JPEG (the API takes
 * ≤ 2 MB base64). Rejects when the file is no image or still too large.
 */
export async function scalePhoto(file: Blob, kind: WorkshopPhotoKind): Promise<CapturedPhoto> {
  const image = await loadImage(file);
  const size = scaledSize(image.naturalWidth, image.naturalHeight);
  if (size.width === 0) throw new Error('empty image');
  const canvas = document.createElement('canvas');
  canvas.width = size.width;
  canvas.height = size.height;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no canvas');
  context.drawImage(image, 0, 0, size.width, size.height);
  const dataUrl = canvas.toDataURL('image/jpeg', PHOTO_JPEG_QUALITY);
  const dataBase64 = base64OfDataUrl(dataUrl);
  if (!dataBase64 || decodedBytes(dataBase64) > PHOTO_MAX_BYTES) throw new Error('too large');
  return { dataUrl, request: { kind, contentType: 'image/jpeg', dataBase64 } };
}
