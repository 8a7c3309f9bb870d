import type { CheckInDraft } from './check-in-draft';
import {
  checkInFieldsOf,
  checkInProblems,
  checkInRequestOf,
  emptyCheckInDraft,
} from './check-in-draft';

const TODAY = '2026-11-26';
const complete: CheckInDraft = {
  occurredOn: '2026-11-24',
  kind: 'meeting',
  durationMinutes: ' 90 ',
  topics: ['german', 'school'],
  pulse: 4,
  note: '  Hausaufgaben gemacht ',
};

describe('check-in drafts', () => {
  it('starts today, with nothing else chosen, and then names every missing answer', () => {
    const empty = emptyCheckInDraft(TODAY);
    expect(empty.occurredOn).toBe(TODAY);
    expect(checkInProblems(empty, TODAY, '2026-11-01')).toEqual({
      kind: 'missing',
      durationMinutes: 'missing',
      topics: 'missing',
    });
  });

  it('refuses a day in the future and a day before the trial started', () => {
    expect(checkInProblems({ ...complete, occurredOn: '2026-11-27' }, TODAY, null)).toEqual({
      occurredOn: 'future',
    });
    expect(checkInProblems({ ...complete, occurredOn: '2026-10-31' }, TODAY, '2026-11-01')).toEqual(
      { occurredOn: 'beforeTrial' },
    );
    expect(checkInProblems({ ...complete, occurredOn: '2026-11-01' }, TODAY, '2026-11-01')).toEqual(
      {},
    );
    expect(checkInProblems({ ...complete, occurredOn: '' }, TODAY, null)).toEqual({
      occurredOn: 'missing',
    });
  });

  it('accepts whole minutes from 5 to 600 only', () => {
    for (const bad of ['4', '601', '12.5', '-10', 'eine Stunde']) {
      expect(checkInProblems({ ...complete, durationMinutes: bad }, TODAY, null)).toEqual({
        durationMinutes: 'range',
      });
    }
    expect(checkInProblems({ ...complete, durationMinutes: '600' }, TODAY, null)).toEqual({});
  });

  it('limits the note to 2000 characters', () => {
    expect(checkInProblems({ ...complete, note: 'x'.repeat(2001) }, TODAY, null)).toEqual({
      note: 'tooLong',
    });
  });

  it('sends trimmed values and leaves out an unanswered pulse and an empty note', () => {
    expect(checkInRequestOf(complete)).toEqual({
      occurredOn: '2026-11-24',
      kind: 'meeting',
      durationMinutes: 90,
      topics: ['german', 'school'],
      pulse: 4,
      note: 'Hausaufgaben gemacht',
    });
    expect(checkInRequestOf({ ...complete, pulse: null, note: ' ' })).toEqual({
      occurredOn: '2026-11-24',
      kind: 'meeting',
      durationMinutes: 90,
      topics: ['german', 'school'],
    });
  });

  it('maps the server’s field names onto the form, in form order', () => {
    expect(checkInFieldsOf(['note', 'topics.1', 'occurredOn', 'enteredBy'])).toEqual([
      'occurredOn',
      'topics',
      'note',
    ]);
  });
});
