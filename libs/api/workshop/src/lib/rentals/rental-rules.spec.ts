import { QueryFailedError } from 'typeorm';
import { depositAfterDecision } from './damage-cases.service';
import { databaseRefusal } from './handout-errors';
import { isValidSignature } from './signature';
import { inspectionRefusal } from './inspection-gate';
import { returnFindings } from './return.service';

const PNG_HEADER = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const png = (bytes: number) =>
  `data:image/png;base64,${Buffer.concat([PNG_HEADER, Buffer.alloc(bytes)]).toString('base64')}`;

describe('inspection gate (workshop.md invariant 2)', () => {
  const at = new Date('2026-11-27T10:00:00Z');
  const passed = {
    inspectionId: 'i1',
    performedAt: new Date('2026-11-20T10:00:00Z'),
    validUntil: new Date('2026-12-20T10:00:00Z'),
    lastReturnAt: new Date('2026-11-19T10:00:00Z'),
    lastRepairAt: null,
  };

  it('a valid inspection after the last return lets the bike out', () => {
    expect(inspectionRefusal(passed, at)).toBeNull();
  });
  it('no passed inspection → INSPECTION_MISSING', () => {
    expect(inspectionRefusal({ ...passed, inspectionId: null, performedAt: null }, at)).toBe(
      'INSPECTION_MISSING',
    );
  });
  it('an inspection older than the last return or repair → INSPECTION_MISSING', () => {
    expect(
      inspectionRefusal({ ...passed, lastReturnAt: new Date('2026-11-21T00:00:00Z') }, at),
    ).toBe('INSPECTION_MISSING');
    expect(
      inspectionRefusal({ ...passed, lastRepairAt: new Date('2026-11-21T00:00:00Z') }, at),
    ).toBe('INSPECTION_MISSING');
  });
  it('valid until before the handout → INSPECTION_EXPIRED', () => {
    expect(inspectionRefusal({ ...passed, validUntil: new Date('2026-11-27T09:59:59Z') }, at)).toBe(
      'INSPECTION_EXPIRED',
    );
  });
});

describe('return findings', () => {
  it('missing accessories become a damage line but need no repair', () => {
    const found = returnFindings(['lock', 'helmet'], {
      checks: { brakes: 'pass' },
      accessoriesBack: ['lock'],
    });
    expect(found).toEqual({
      damageLines: ['Zubehör fehlt: helmet'],
      failedChecks: [],
      needsRepair: false,
    });
  });
  it('a failed check or reported damage sends the bike to repair', () => {
    const found = returnFindings([], {
      checks: { brakes: 'fail', bell: 'pass' },
      accessoriesBack: [],
      damage: { description: 'Felge verbogen' },
    });
    expect(found).toEqual({
      damageLines: ['Felge verbogen', 'Mängel bei Rückgabe: brakes'],
      failedChecks: ['brakes'],
      needsRepair: true,
    });
  });
  it('a clean return finds nothing', () => {
    expect(
      returnFindings(['lock'], { checks: { brakes: 'pass' }, accessoriesBack: ['lock'] })
        .damageLines,
    ).toEqual([]);
  });
});

describe('deposit after a damage decision', () => {
  it('charge and offset keep a held deposit; none and repair return it; a waived deposit stays waived', () => {
    expect(depositAfterDecision('charge', 'held')).toBe('kept');
    expect(depositAfterDecision('offset_deposit', 'held')).toBe('kept');
    expect(depositAfterDecision('none', 'held')).toBe('returned');
    expect(depositAfterDecision('repair', 'held')).toBe('returned');
    expect(depositAfterDecision('charge', 'waived')).toBe('waived');
  });
});

describe('on-screen signature', () => {
  it('accepts a PNG data URL up to 200 KB', () => {
    expect(isValidSignature(png(1000))).toBe(true);
    expect(isValidSignature(png(200 * 1024 - 8))).toBe(true);
  });
  it('refuses nothing, other images, non-PNG bytes and anything over 200 KB', () => {
    expect(isValidSignature(null)).toBe(false);
    expect(isValidSignature('data:image/jpeg;base64,/9j/4AAQ')).toBe(false);
    expect(isValidSignature(`data:image/png;base64,${Buffer.alloc(100).toString('base64')}`)).toBe(
      false,
    );
    expect(isValidSignature(png(200 * 1024))).toBe(false);
  });
});

describe('database guards during a handout', () => {
  const failed = (code: string, constraint: string, message: string) =>
    new QueryFailedError(
      'INSERT INTO rental …',
      [],
      Object.assign(new Error(message), { code, constraint }),
    );

  it('the trigger’s check_violation names the refusal; the open-rental index means the bike is taken', () => {
    expect(databaseRefusal(failed('23514', 'ck_rental_handout_gate', 'INSPECTION_EXPIRED'))).toBe(
      'INSPECTION_EXPIRED',
    );
    expect(databaseRefusal(failed('23514', 'ck_rental_handout_gate', 'INSPECTION_MISSING'))).toBe(
      'INSPECTION_MISSING',
    );
    expect(databaseRefusal(failed('23505', 'uq_rental_bike_open', 'duplicate key'))).toBe(
      'BIKE_NOT_AVAILABLE',
    );
  });

  it('other errors are not refusals', () => {
    expect(databaseRefusal(failed('23514', 'ck_rental_amounts', 'check'))).toBeNull();
    expect(databaseRefusal(new Error('boom'))).toBeNull();
  });
});
