import { decodeAuditCursor, encodeAuditCursor } from './audit-cursor';

describe('audit cursor', () => {
  it('round-trips ids up to the bigint maximum', () => {
    for (const id of ['1', '42', '9223372036854775807']) {
      expect(decodeAuditCursor(encodeAuditCursor(id))).toBe(id);
    }
  });

  it('is opaque: not the bare id', () => {
    expect(encodeAuditCursor('42')).not.toContain('42');
  });

  it('rejects text it did not issue', () => {
    const raw = (text: string) => Buffer.from(text, 'utf8').toString('base64url');
    expect(decodeAuditCursor('42')).toBeNull();
    expect(decodeAuditCursor(raw('a0'))).toBeNull();
    expect(decodeAuditCursor(raw('a-1'))).toBeNull();
    expect(decodeAuditCursor(raw('a12x'))).toBeNull();
    expect(decodeAuditCursor(raw('a9223372036854775808'))).toBeNull();
    expect(decodeAuditCursor('')).toBeNull();
  });
});
