import { decodePhoto, MAX_PHOTO_BYTES, sniffImageType } from './photo-bytes';

const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46]);
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);
const WEBP = Buffer.from('RIFF\x10\x00\x00\x00WEBPVP8 ', 'latin1');

describe('photo bytes', () => {
  it('recognises JPEG, PNG and WebP by their magic bytes', () => {
    expect(sniffImageType(JPEG)).toBe('image/jpeg');
    expect(sniffImageType(PNG)).toBe('image/png');
    expect(sniffImageType(WEBP)).toBe('image/webp');
    expect(sniffImageType(Buffer.from('GIF89a'))).toBeNull();
    expect(sniffImageType(Buffer.from('<svg'))).toBeNull();
  });

  it('accepts a JPEG declared as JPEG (also as a data URL)', () => {
    expect(decodePhoto(JPEG.toString('base64'), 'image/jpeg').problem).toBeNull();
    expect(
      decodePhoto(`data:image/jpeg;base64,${JPEG.toString('base64')}`, 'image/jpeg').bytes,
    ).toEqual(JPEG);
  });

  it('refuses a type mismatch, non-images, broken base64 and more than 2 MB', () => {
    expect(decodePhoto(PNG.toString('base64'), 'image/jpeg').problem).toBe('type_mismatch');
    expect(decodePhoto(Buffer.from('hello world!').toString('base64'), 'image/png').problem).toBe(
      'not_an_image',
    );
    expect(decodePhoto('not base64!', 'image/png').problem).toBe('not_base64');
    const big = Buffer.concat([JPEG, Buffer.alloc(MAX_PHOTO_BYTES)]);
    expect(decodePhoto(big.toString('base64'), 'image/jpeg').problem).toBe('too_large');
    const exact = Buffer.concat([JPEG, Buffer.alloc(MAX_PHOTO_BYTES - JPEG.length)]);
    expect(decodePhoto(exact.toString('base64'), 'image/jpeg').problem).toBeNull();
  });
});
