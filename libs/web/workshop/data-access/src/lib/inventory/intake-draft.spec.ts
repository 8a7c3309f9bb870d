import {
  emptyIntakeDraft,
  intakeProblems,
  intakeRequestOf,
  isUnlendablePropulsion,
  patchIntakeDraft,
  toggleColour,
} from './intake-draft';

const TODAY = '2026-11-27';
const valid = () =>
  patchIntakeDraft(emptyIntakeDraft(TODAY), {
    frameNo: 'WAZ 12345',
    make: 'Gazelle',
    colours: ['blue'],
    cycleType: 'city',
  });

describe('intake draft', () => {
  it('needs make, colour, type and a frame number that is said to be there', () => {
    expect(intakeProblems(emptyIntakeDraft(TODAY), TODAY)).toEqual({
      frameNo: 'required',
      make: 'required',
      colours: 'required',
      cycleType: 'required',
    });
    expect(intakeProblems(valid(), TODAY)).toEqual({});
  });

  it('does not ask for a frame number the bike has none of', () => {
    const draft = patchIntakeDraft(valid(), { frameNoStatus: 'none', frameNo: '' });
    expect(intakeProblems(draft, TODAY)).toEqual({});
    expect(intakeRequestOf(draft).frameNo).toBeNull();
  });

  it('sets the holding end to found + 6 months until it is typed by hand', () => {
    let draft = patchIntakeDraft(valid(), { source: 'lost_and_found', foundOn: '2026-05-31' });
    expect(draft.holdEndsOn).toBe('2026-11-30');
    draft = patchIntakeDraft(draft, { holdEndsOn: '2026-12-15' });
    draft = patchIntakeDraft(draft, { foundOn: '2026-06-01' });
    expect(draft.holdEndsOn).toBe('2026-12-15');
  });

  it('asks lost-and-found bikes for reference and found date, not in the future', () => {
    const draft = patchIntakeDraft(valid(), { source: 'lost_and_found', foundOn: '2026-12-01' });
    expect(intakeProblems(draft, TODAY)).toEqual({ fundbueroRef: 'required', foundOn: 'future' });
  });

  it('refuses a holding end before the found date', () => {
    const draft = patchIntakeDraft(valid(), {
      source: 'lost_and_found',
      fundbueroRef: 'FB-2026-117',
      foundOn: '2026-05-01',
      holdEndsOn: '2026-04-01',
    });
    expect(intakeProblems(draft, TODAY)).toEqual({ holdEndsOn: 'beforeFound' });
  });

  it('checks sizes and the ETRTO format', () => {
    const draft = patchIntakeDraft(valid(), {
      frameSizeCm: '120',
      wheelEtrto: '28x1.5',
      wheelInches: '27,5',
    });
    expect(intakeProblems(draft, TODAY)).toEqual({ frameSizeCm: 'frameSize', wheelEtrto: 'etrto' });
  });

  it('keeps at most three colours', () => {
    let draft = valid();
    for (const c of ['red', 'white', 'black']) draft = toggleColour(draft, c);
    expect(draft.colours).toEqual(['blue', 'red', 'white']);
    draft = toggleColour(draft, 'blue');
    expect(draft.colours).toEqual(['red', 'white']);
  });

  it('sends only the provenance of the chosen source, numbers as numbers', () => {
    const donation = intakeRequestOf(
      patchIntakeDraft(valid(), {
        donorName: ' Frau Terhaar ',
        receiptIssued: true,
        wheelInches: '27,5',
        fundbueroRef: 'x',
      }),
    );
    expect(donation).toMatchObject({
      source: 'donation',
      donorName: 'Frau Terhaar',
      receiptIssued: true,
      wheelInches: 27.5,
    });
    expect(donation.fundbueroRef).toBeUndefined();

    const found = intakeRequestOf(
      patchIntakeDraft(valid(), {
        source: 'lost_and_found',
        fundbueroRef: 'FB-117',
        foundOn: '2026-05-02',
        donorName: 'x',
      }),
    );
    expect(found).toMatchObject({
      fundbueroRef: 'FB-117',
      holdEndsOn: '2026-11-02',
      ownershipBasis: null,
    });
    expect(found.donorName).toBeUndefined();
  });

  it('knows which propulsions are never lent', () => {
    expect(isUnlendablePropulsion('s_pedelec')).toBe(true);
    expect(isUnlendablePropulsion('throttle')).toBe(true);
    expect(isUnlendablePropulsion('pedelec')).toBe(false);
  });
});
