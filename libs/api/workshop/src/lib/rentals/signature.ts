import { SIGNATURE_MAX_BYTES } from './rental.dto';

const PNG_DATA_URL = /^data:image\/png;base64,([A-Za-z0-9+/]+={0,2})$/;

/** True when the on-screen signature is a PNG data URL of at most 200 KB. */
export function isValidSignature(dataUrl: string | null | undefined): boolean {
  const match = dataUrl ? PNG_DATA_URL.exec(dataUrl) : null;
  if (!match) return false;
  const bytes = Buffer.from(match[1], 'base64');
  return (
    bytes.length > 8 && bytes.length <= SIGNATURE_MAX_BYTES && bytes.readUInt32BE(0) === 0x89504e47
  );
}
