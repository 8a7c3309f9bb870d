import { HANDOUT_REFUSALS } from '@zusammen/shared/contracts';
import { isHandoutRefusal, refusalFixes } from './refusal-fix';

const IDS = { bikeId: 'b1', borrowerId: 'p1' };

describe('refusalFixes', () => {
  it('sends a missing briefing and eligibility to their sections of the person page', () => {
    const fixes = refusalFixes(['BRIEFING_MISSING', 'ELIGIBILITY_MISSING'], IDS);
    expect(fixes.map((f) => [f.refusal, f.link, f.fragment])).toEqual([
      ['ELIGIBILITY_MISSING', '/werkstatt/personen/p1', 'eligibility'],
      ['BRIEFING_MISSING', '/werkstatt/personen/p1', 'briefing'],
    ]);
    expect(fixes[0].messageKey).toBe('workshopEnum.handoutRefusal.ELIGIBILITY_MISSING');
    expect(fixes[0].linkKey).toBe('workshopCounter.fix.eligibility');
  });

  it('sends an inspection problem to the inspection page of the bike', () => {
    const [fix] = refusalFixes(['INSPECTION_EXPIRED'], IDS);
    expect(fix.link).toBe('/werkstatt/fahrraeder/b1/pruefung');
    expect(fix.fragment).toBeNull();
  });

  it('drops unknown codes and duplicates', () => {
    expect(
      refusalFixes(['NOPE', 'BORROWER_BLOCKED', 'BORROWER_BLOCKED'], IDS).map((f) => f.refusal),
    ).toEqual(['BORROWER_BLOCKED']);
  });

  it('has a place for every refusal code of the contract', () => {
    const fixes = refusalFixes([...HANDOUT_REFUSALS], IDS);
    expect(fixes).toHaveLength(HANDOUT_REFUSALS.length);
    expect(fixes.every((f) => f.link.startsWith('/werkstatt/'))).toBe(true);
  });

  it('recognises refusal codes', () => {
    expect(isHandoutRefusal('RENTAL_LIMIT_REACHED')).toBe(true);
    expect(isHandoutRefusal('STALE_VERSION')).toBe(false);
  });
});
