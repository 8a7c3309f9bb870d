import { isPreviewId, previewId, previewIdDate, previewIdOfFile } from './mail-preview-file';

describe('mail preview file naming', () => {
  const sentAt = new Date('2025-01-02T03:04:05.123Z');

  it('starts the id with the compact UTC send time', () => {
    expect(previewId(sentAt, '<a@b>', 'n1')).toMatch(/^20250102T030405123Z-[0-9a-f]{10}$/);
  });

  it('gives the same message sent twice two ids (different nonce)', () => {
    expect(previewId(sentAt, '<a@b>', 'n1')).not.toBe(previewId(sentAt, '<a@b>', 'n2'));
  });

  it('reads the send time back from the id', () => {
    expect(previewIdDate(previewId(sentAt, '<a@b>', 'n1'))?.toISOString()).toBe(
      '2025-01-02T03:04:05.123Z',
    );
  });

  it('sorts ids by time as plain strings', () => {
    const older = previewId(new Date('2024-12-31T23:59:59.999Z'), '<z@b>', 'n');
    const newer = previewId(sentAt, '<a@b>', 'n');
    expect([newer, older].sort()).toEqual([older, newer]);
  });

  it('rejects path tricks and foreign names', () => {
    expect(isPreviewId('../../etc/passwd')).toBe(false);
    expect(isPreviewId('20250102T030405123Z-1a2b3c4d5e/..')).toBe(false);
    expect(previewIdDate('notes')).toBeNull();
  });

  it('finds the id of .eml and .json files only', () => {
    const id = previewId(sentAt, '<a@b>', 'n1');
    expect(previewIdOfFile(`${id}.eml`)).toBe(id);
    expect(previewIdOfFile(`${id}.json`)).toBe(id);
    expect(previewIdOfFile(`${id}.tmp`)).toBeNull();
    expect(previewIdOfFile('README')).toBeNull();
  });
});
